"""Generated from specs/iotticket.openapi.yaml (Wapice IoT-TICKET API 1.0.0). Do not edit by hand.

The public client is ``iotclients.iotticket``; this package holds what the spec describes:
``models`` (attrs classes), ``api`` (one operation descriptor per operationId) and ``client``
(the typed methods, sync and async).
"""
