"""Generated from specs/oden.openapi.yaml (Oden API <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7fea7eaf7010>). Do not edit by hand.

The public client is ``iotclients.oden``; this package holds what the spec describes:
``models`` (attrs classes), ``api`` (one operation descriptor per operationId) and ``client``
(the typed methods, sync and async).
"""
