; Artisan CRM: Windows installer (Inno Setup 6.3 or later).
;
; 1. Build the one-folder bundle on Windows (see packaging/README.md):
;      py -3.11 -m venv packaging\.build-venv
;      packaging\.build-venv\Scripts\python -m pip install -c packaging\constraints.txt -r packaging\requirements-build.txt -e .
;      packaging\.build-venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\artisan-crm.spec
; 2. Compile this script:
;      "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\artisan-crm.iss
;    -> dist\artisan-crm-<version>-windows-x64-setup.exe
;
; Installs for the current user by default (no administrator rights; into
; %LOCALAPPDATA%\Programs\Artisan CRM); "install for all users" stays available.
; The uninstaller removes the program only: the user's data folder
; AppData\Roaming\ArtisanCRM\artisan-crm (database, backups, settings) is never touched.

#define AppName "Artisan CRM"
#define AppExe "artisan-crm.exe"
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\artisan-crm"
#ifndef AppVersion
  ; the version resource the spec writes into the .exe (from artisan_crm/__init__.py)
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")
#endif

[Setup]
; Never change AppId: it is how Windows recognises an update of the same program.
AppId={{6F1C2B9E-3D4A-4E8B-9A57-2C6E1F0B8D43}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Artisan CRM
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
SetupIconFile=..\icons\artisan-crm.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=artisan-crm-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
CloseApplications=yes
VersionInfoVersion={#AppVersion}

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Messages]
; The uninstaller says plainly that the user's data stays.
french.ConfirmUninstall=Voulez-vous vraiment désinstaller %1 ?%n%nVos données (clients, devis, factures, sauvegardes et réglages) ne sont pas supprimées : elles restent dans le dossier AppData\Roaming\ArtisanCRM\artisan-crm et seront retrouvées si vous réinstallez {#AppName}.
english.ConfirmUninstall=Are you sure you want to uninstall %1?%n%nYour data (clients, quotes, invoices, backups and settings) is not deleted: it stays in the folder AppData\Roaming\ArtisanCRM\artisan-crm and will be found again if you reinstall {#AppName}.
french.UninstalledAll=%1 a été désinstallé.%n%nVos données sont conservées dans AppData\Roaming\ArtisanCRM\artisan-crm (supprimez ce dossier vous-même si vous n'en avez plus besoin).
english.UninstalledAll=%1 was uninstalled.%n%nYour data is kept in AppData\Roaming\ArtisanCRM\artisan-crm (delete that folder yourself if you no longer need it).

[CustomMessages]
french.StartApp=Lancer {#AppName}
english.StartApp=Start {#AppName}

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle (artisan-crm.exe, artisan-crm-cli.exe and _internal\).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundle's libraries wholesale (no stale module from an older version).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:StartApp}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry on purpose: only the installed program files are removed,
; never %APPDATA%\ArtisanCRM (the data folder is created by the application, not by Setup).
