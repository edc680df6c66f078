"""Guided tours of each client against its sandbox (``iotclients demo --vendor NAME``)."""
