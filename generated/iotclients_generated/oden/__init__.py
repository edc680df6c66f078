"""Generated from specs/oden.openapi.yaml (Oden API 2.0.0). Do not edit by hand.

The public client is ``iotclients.oden``; this package holds what the spec describes:
``models`` (attrs classes), ``api`` (one operation descriptor per operationId) and ``client``
(the typed methods, sync and async).
"""
