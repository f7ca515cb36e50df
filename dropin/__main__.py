from dropin.cli import main

raise SystemExit(main())
