"""Generated from specs/iotile.openapi.yaml (IOTile Cloud API 1.0.0). Do not edit by hand.

The public client is ``iotclients.iotile``; this package holds what the spec describes:
``models`` (attrs classes), ``api`` (one operation descriptor per operationId) and ``client``
(the typed methods, sync and async).
"""
