from artisan_crm.cli import main

raise SystemExit(main())
