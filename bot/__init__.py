"""The driving side: settings, composition root, dialogs, rendering and channels."""
