from app.bootstrap import run_gui

raise SystemExit(run_gui())
