"""Qt widgets, dialogs and table models. They call services with plain values; they never open sessions."""
