<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Money</name>
    <message>
        <source>“{value}” is not a valid number.</source>
        <extracomment>The VAT rates a French artisan may use (percent).</extracomment>
        <translation>« {value} » n&apos;est pas un nombre valide.</translation>
    </message>
    <message>
        <source>VAT rate {rate} is not allowed (possible rates: {rates}).</source>
        <translation>Taux de TVA {rate} non autorisé (taux possibles : {rates}).</translation>
    </message>
    <message>
        <source>The discount must be between 0 and 100%.</source>
        <translation>La remise doit être comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>The deposit must be between 0 and 100%.</source>
        <translation>L&apos;acompte doit être compris entre 0 et 100 %.</translation>
    </message>
</context>
</TS>
