from casus_app.cli import main

raise SystemExit(main())
