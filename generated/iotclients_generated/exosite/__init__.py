"""Exosite One Platform JSON-RPC API: typed JSON-RPC client generated from specs/exosite.openrpc.yaml. Generated; do not edit.

The vendor facade (``iotclients.<vendor>``) subclasses ``GeneratedOnePlatformClient``/``GeneratedAsyncOnePlatformClient``.
"""
