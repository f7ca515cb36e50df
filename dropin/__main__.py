from dropin.main import main

raise SystemExit(main())
