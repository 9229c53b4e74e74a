"""The 设置 page: this machine's preferences (stored by shell.app_settings) and the project's."""
