from cleanpage.cli import main

raise SystemExit(main())
