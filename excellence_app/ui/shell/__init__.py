"""The application shell: start-up, the main window and its navigation, the page registry and
the Host pages talk to, the open project session, settings, language, fonts, resources and
background work; the welcome page and the new-project wizard."""
