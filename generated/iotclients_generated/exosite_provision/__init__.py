"""Generated from specs/exosite-provision.openapi.yaml (Exosite Provisioning API 2016-08). Do not edit by hand.

The public client is ``iotclients.exosite``; this package holds what the spec describes:
``models`` (attrs classes), ``api`` (one operation descriptor per operationId) and ``client``
(the typed methods, sync and async).
"""
