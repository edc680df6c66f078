"""The README's Exosite One Platform and Provisioning calls as a user writes them, and the mistakes a
type checker must catch."""

from __future__ import annotations

from iotclients.exosite import OnePlatformClient, ProvisionClient
from iotclients.exosite.models import DataportDescription, ReadOptions, Retention


def one_platform(cik: str, base_url: str, lookup_type: str) -> None:
    with OnePlatformClient(cik, base_url=base_url) as one:
        rid = one.create_dataport(
            {"format": "float", "retention": {"count": "infinity", "duration": "infinity"}}
        )
        one.map(rid, "temperature")
        result = one.write_points({"alias": "temperature"}, [[-60, 20.5], [-30, 21.0]])
        print(result.written, result.rejected)
        with one.batch() as b:
            newest, info = b.read(rid), b.info(rid, {"storage": True})
        print(newest.result(), info.result().storage)
        described = DataportDescription(format="float", retention=Retention(count="infinity", duration=100))
        one.map(one.create_dataport(described), "humidity")
        print(one.read(rid, ReadOptions(limit=1)))
        one.create_dataport(ReadOptions(limit=1))  # misuse: wrong model class
        one.lookup(lookup_type, "temperature")  # misuse: str for an enum
        DataportDescription(formt="float", retention=described.retention)  # misuse: misspelt model field
        print(info.result().storag)  # misuse: misspelt model field
        DataportDescription(format="float")  # misuse: missing required argument
        one.read(rid, {"limit": 1}, defered=True)  # misuse: wrong keyword


def provisioning(cik: str, base_url: str) -> None:
    with (
        OnePlatformClient(cik, base_url=base_url) as one,
        ProvisionClient(cik, base_url=base_url) as provision,
    ):
        template, owner = one.create_client({"limits": {"dataport": "inherit"}}), one.lookup("alias", "")
        provision.model_create("sensor-v2", template, comments=False)
        provision.serialnumber_add_batch_csv("sensor-v2", [("SN-1", "blue"), ("SN-2", "red")])
        print(provision.serialnumber_list("sensor-v2", status=True))
        provision.serialnumber_enable("sensor-v2", "SN-1", owner)
        device_cik = provision.serialnumber_activate("sensor-v2", "SN-1", provision.vendor_show())
        provision.content_create("sensor-v2", "fw.bin", "v2.0")
        provision.content_upload("sensor-v2", "fw.bin", b"\x7fELF...", "application/octet-stream")
        print(provision.content_download(device_cik, "demovendor", "sensor-v2", "fw.bin"))
        provision.content_upload("sensor-v2", "fw.bin", b"\x7fELF...")  # misuse: missing required argument
        provision.serialnumber_list("sensor-v2", statuses=True)  # misuse: wrong keyword
