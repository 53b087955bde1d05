from casus_app.cli.main import main

raise SystemExit(main())
