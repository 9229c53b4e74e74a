"""Help at hand: the user manual window, the shortcut list and the About dialog."""
