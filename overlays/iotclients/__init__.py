"""Typed clients for industrial IoT clouds: Oden, IoT-TICKET, Exosite One Platform, IOTile Cloud.

Import the vendor you need (``import iotclients.oden``); nothing vendor-specific loads here.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
