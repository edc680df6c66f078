"""IOTile global ids ("slugs"): parse, validate and write them in one canonical form.

A slug is lowercase hex in 4-digit groups joined by ``-``; terms are joined by ``--`` and the
first term is a one-letter type prefix::

    p--PPPP-PPPP                              project (32-bit, 0 = no project / wildcard)
    d--BBBB-DDDD-DDDD-DDDD                    device (48-bit id, first group = block)
    b--BBBB-DDDD-DDDD-DDDD                    data block (archive of a device)
    v--PPPP-PPPP--VVVV                        variable (local id within a project)
    s--PPPP-PPPP--BBBB-DDDD-DDDD-DDDD--VVVV   stream (device 0 = virtual stream)
    g--FFFF-FFFF-FFFF                         fleet (48-bit)
    t--0000-DDDD-DDDD-DDDD--IIII              streamer (index of a device's streamer)

Rules shared by every class (the table in ``iotclients.iotile`` compares them with
iotile-cloud 0.9.14):

* Every object is immutable, equal to another object of the same class with the same slug, and
  hashable; ``str()`` always gives the canonical slug, so ``Cls(str(s)) == s``.
* An id term is written either as one run of hex digits (``abc``, ``12345``) or as dash-separated
  groups of exactly four hex digits (``0000-0abc``); it is left-padded with zeros to the full width.
  Upper-case hex digits are accepted and written in lower case. A bare one-term id may also be
  written as a lower-case ``0x`` number (``IOTileDeviceSlug('0x1234')``), as iotile-cloud accepts
  and many IOTile tools print device ids.
* Everything else is refused with ``InvalidArgumentError``: ``0x`` after a type prefix, before
  groups or on their own, ``_``, whitespace,
  empty terms or groups, short groups inside a grouped term (``1-2``, whose meaning is ambiguous),
  more groups or terms than the layout has, upper-case or foreign type prefixes, values that do
  not fit the layout (nothing is ever truncated or wrapped), ``bool`` where an int is expected,
  and any other type.
* Where an argument can disagree with a value embedded in a string (the ``block`` of a block slug,
  the ``project`` of a variable or stream part), disagreeing values raise instead of one silently
  winning.
"""

from __future__ import annotations

from typing import ClassVar, TypedDict

from iotclients.core.errors import InvalidArgumentError

from ._slug_rules import (
    _LIMIT32,
    _LIMIT48,
    _LIMIT64,
    _MASK16,
    _MASK48,
    _as_int,
    _groups,
    _hex_term,
    _id_number,
    _in_range,
    _local_id,
    _shown,
    _single_term,
    _Slug,
    _terms,
    _type_error,
)

__all__ = [
    "IOTileBlockSlug",
    "IOTileDeviceSlug",
    "IOTileFleetSlug",
    "IOTileProjectSlug",
    "IOTileStreamSlug",
    "IOTileStreamerSlug",
    "IOTileVariableSlug",
    "StreamParts",
]


class IOTileProjectSlug(_Slug):
    """``p--PPPP-PPPP``: a 32-bit project id; 0 means no project (the wildcard).

    Accepts an int in 0..0xffffffff, another project slug, or a string, bare (``abc``,
    ``0000-0abc``) or prefixed (``p--0abc``).
    """

    __slots__ = ("_id",)
    _id: int
    _LAYOUT: ClassVar[str] = "p--XXXX-XXXX"

    def __init__(self, id: IOTileProjectSlug | int | str) -> None:
        self._init(id, "id")

    def _init(self, value: object, argument: str) -> None:
        number = _id_number(
            value,
            IOTileProjectSlug,
            prefix="p",
            groups=2,
            argument=argument,
            layout=self._LAYOUT,
            what="a project id",
        )
        if not isinstance(value, IOTileProjectSlug | str):
            _in_range(number, 0, _LIMIT32, argument, "a project id")
        object.__setattr__(self, "_id", number)
        self._freeze("p--" + _groups(number, 2))

    @classmethod
    def _coerce(cls, value: object, argument: str) -> IOTileProjectSlug:
        if isinstance(value, IOTileProjectSlug):
            return value
        slug = cls.__new__(cls)
        slug._init(value, argument)
        return slug

    def get_id(self) -> int:
        return self._id


class IOTileDeviceSlug(_Slug):
    """``d--BBBB-DDDD-DDDD-DDDD``: a device id; the first group is the block (``0000`` when live).

    Accepts an int, another device slug, or a string bare or ``d--``-prefixed, short forms being
    left-padded. With ``allow_64bits`` (the default) the value may use all 64 bits, the top 16
    being the block group, and ``get_id()`` includes them; without it the value must fit the
    48-bit device id. Nothing is truncated: an int is written with all its bits.
    """

    __slots__ = ("_id",)
    _id: int
    _LAYOUT: ClassVar[str] = "d--XXXX-XXXX-XXXX-XXXX"

    def __init__(self, id: IOTileDeviceSlug | int | str, allow_64bits: bool = True) -> None:
        self._init(id, "id", allow_64bits=allow_64bits)

    def _init(self, value: object, argument: str, *, allow_64bits: bool) -> None:
        if not isinstance(allow_64bits, bool):
            raise _type_error("allow_64bits", "a bool", allow_64bits)
        number = _id_number(
            value,
            IOTileDeviceSlug,
            prefix="d",
            groups=4,
            argument=argument,
            layout=self._LAYOUT,
            what="a device id",
        )
        if allow_64bits:
            _in_range(number, 0, _LIMIT64, argument, "a device id")
        else:
            _in_range(number, 0, _LIMIT48, argument, "a device id without a block group (allow_64bits=False)")
        object.__setattr__(self, "_id", number)
        self._freeze("d--" + _groups(number, 4))

    @classmethod
    def _coerce(cls, value: object, argument: str) -> IOTileDeviceSlug:
        if isinstance(value, IOTileDeviceSlug):
            return value
        slug = cls.__new__(cls)
        slug._init(value, argument, allow_64bits=True)
        return slug

    def get_id(self) -> int:
        """The whole value, block group included."""
        return self._id


class IOTileBlockSlug(_Slug):
    """``b--BBBB-DDDD-DDDD-DDDD``: data block ``BBBB`` (an archive) of device ``DDDD-DDDD-DDDD``.

    ``id`` is the device: an int in 1..0xffffffffffff, a device slug, or a string that is bare,
    ``d--`` or ``b--``-prefixed. A ``b--`` string must have all four groups. A string (or device
    slug) with a non-zero block group carries its block; otherwise the block comes from ``block``
    (0..0xffff). A ``b--`` string always carries its block. The device part must be non-zero.
    """

    __slots__ = ("_block", "_id")
    _id: int
    _block: int
    _LAYOUT: ClassVar[str] = "b--XXXX-XXXX-XXXX-XXXX"

    def __init__(self, id: IOTileBlockSlug | IOTileDeviceSlug | int | str, block: int = 0) -> None:
        parsed_block = _as_int(block)
        if parsed_block is None:
            raise _type_error("block", "an int", block)
        block = _in_range(parsed_block, 0, _MASK16 + 1, "block", "a block number")
        embedded: int | None = None
        if isinstance(id, IOTileBlockSlug):
            device, embedded = id._id, id._block
        elif isinstance(id, IOTileDeviceSlug | str):
            text = str(id)
            if "--" in text and text.split("--", 1)[0] not in ("b", "d"):
                raise InvalidArgumentError(
                    "id", f"must start with 'b--' or 'd--' (lower case), or be bare hex; got {_shown(text)}"
                )
            if text.startswith("b--"):
                (term,) = _terms(text, "b", 1, "id", self._LAYOUT)
                if term.count("-") != 3:
                    raise InvalidArgumentError("id", f"a 'b--' slug must have the form {self._LAYOUT!r}")
                value = _hex_term(term, 4, "id", self._LAYOUT)
                embedded = value >> 48
            else:
                value = _single_term(text, "d", 4, "id", "d--XXXX-XXXX-XXXX-XXXX")
                embedded = (value >> 48) or None
            device = value & _MASK48
        else:
            parsed = _as_int(id)
            if parsed is None:
                raise _type_error("id", "a device id (int, hex str, IOTileDeviceSlug or IOTileBlockSlug)", id)
            device = _in_range(parsed, 1, _LIMIT48, "id", "the device id of a block")
        if device == 0:
            raise InvalidArgumentError(
                "id", f"the device part of a block slug must be non-zero; got {_shown(id)}"
            )
        if embedded is not None and block not in (0, embedded):
            raise InvalidArgumentError(
                "block", f"disagrees with the block group {embedded:04x} of {_shown(str(id))}; got {block:#x}"
            )
        block = block if embedded is None else embedded
        object.__setattr__(self, "_id", device)
        object.__setattr__(self, "_block", block)
        self._freeze(f"b--{block:04x}-{_groups(device, 3)}")

    def get_id(self) -> int:
        """The 48-bit device id (without the block)."""
        return self._id

    def get_block(self) -> int:
        return self._block

    def get_device(self) -> IOTileDeviceSlug:
        """The live device this block was archived from (block group ``0000``)."""
        return IOTileDeviceSlug(self._id)


class IOTileVariableSlug(_Slug):
    """``v--PPPP-PPPP--VVVV``: variable ``VVVV`` (1..0xffff) of a project.

    ``id`` is an int, a hex string of up to 4 digits, a full ``v--`` slug or another variable slug.
    ``project`` (a project slug, int or string; ``None`` means the wildcard project 0) gives the
    project of the first two forms. With a full slug it may be omitted and must otherwise agree.
    """

    __slots__ = ("_lid", "_project")
    _project: IOTileProjectSlug
    _lid: int
    _LAYOUT: ClassVar[str] = "v--XXXX-XXXX--XXXX"

    def __init__(
        self,
        id: IOTileVariableSlug | int | str,
        project: IOTileProjectSlug | int | str | None = None,
    ) -> None:
        given = None if project is None else IOTileProjectSlug._coerce(project, "project")
        if isinstance(id, IOTileVariableSlug):
            embedded: IOTileProjectSlug | None = id._project
            lid = id._lid
        elif isinstance(id, str) and "--" in id:
            project_term, lid_term = _terms(id, "v", 2, "id", self._LAYOUT)
            embedded = IOTileProjectSlug._coerce(project_term, "id")
            lid = _local_id(lid_term, "id")
        else:
            embedded = None
            lid = _local_id(id, "id")
        if embedded is not None and given is not None and given != embedded:
            raise InvalidArgumentError(
                "project", f"disagrees with the project of {_shown(str(id))}; got {given}"
            )
        resolved = embedded or given or IOTileProjectSlug(0)
        object.__setattr__(self, "_project", resolved)
        object.__setattr__(self, "_lid", lid)
        self._freeze(f"v--{resolved.formatted_id()}--{lid:04x}")

    def formatted_local_id(self) -> str:
        """The local id as 4 hex digits (the last term)."""
        return f"{self._lid:04x}"

    def get_local_id(self) -> int:
        return self._lid

    def get_project(self) -> IOTileProjectSlug:
        return self._project


class StreamParts(TypedDict):
    """The parts of a stream slug, as returned by ``IOTileStreamSlug.get_parts()``."""

    project: IOTileProjectSlug
    device: IOTileDeviceSlug
    variable: IOTileVariableSlug


class IOTileStreamSlug(_Slug):
    """``s--PPPP-PPPP--BBBB-DDDD-DDDD-DDDD--VVVV``: one variable of one device in one project.

    Built from a full ``s--`` slug (each term follows the rules of its own class; an empty project
    term means the wildcard project 0) or with ``from_parts``. Device 0 is a virtual stream.
    """

    __slots__ = ("_device", "_lid", "_project")
    _project: IOTileProjectSlug
    _device: IOTileDeviceSlug
    _lid: int
    _LAYOUT: ClassVar[str] = "s--XXXX-XXXX--XXXX-XXXX-XXXX-XXXX--XXXX"

    def __init__(self, id: IOTileStreamSlug | str) -> None:
        if isinstance(id, IOTileStreamSlug):
            self._set(id._project, id._device, id._lid)
            return
        if not isinstance(id, str):
            raise _type_error("id", "a stream slug string or IOTileStreamSlug", id)
        project_term, device_term, lid_term = _terms(id, "s", 3, "id", self._LAYOUT)
        # An empty project term is how the server writes "no project"; keep accepting it.
        project = IOTileProjectSlug._coerce(project_term or 0, "id")
        device = IOTileDeviceSlug._coerce(device_term, "id")
        self._set(project, device, _local_id(lid_term, "id"))

    def _set(self, project: IOTileProjectSlug, device: IOTileDeviceSlug, lid: int) -> None:
        object.__setattr__(self, "_project", project)
        object.__setattr__(self, "_device", device)
        object.__setattr__(self, "_lid", lid)
        self._freeze(f"s--{project.formatted_id()}--{device.formatted_id()}--{lid:04x}")

    @classmethod
    def from_parts(
        cls,
        project: IOTileProjectSlug | int | str | None,
        device: IOTileDeviceSlug | int | str | None,
        variable: IOTileVariableSlug | int | str,
    ) -> IOTileStreamSlug:
        """The stream of ``variable`` on ``device`` in ``project``.

        ``project`` ``None`` or ``''`` is the wildcard project 0; ``device`` ``None`` or ``''`` is
        device 0 (a virtual stream). A variable that carries a non-zero project must agree with
        ``project``.
        """
        proj = IOTileProjectSlug._coerce(project if project not in (None, "") else 0, "project")
        if isinstance(device, IOTileBlockSlug):
            raise _type_error("device", "a device (a data block cannot own a stream)", device)
        dev = IOTileDeviceSlug._coerce(device if device not in (None, "") else 0, "device")
        if isinstance(variable, IOTileVariableSlug):
            var = variable
        elif isinstance(variable, str) and "--" in variable:
            var = IOTileVariableSlug(variable)
        else:
            var = IOTileVariableSlug(_local_id(variable, "variable"))
        if var.get_project().get_id() not in (0, proj.get_id()):
            raise InvalidArgumentError(
                "variable", f"belongs to project {var.get_project()}, not to the stream's project {proj}"
            )
        slug = cls.__new__(cls)
        slug._set(proj, dev, var.get_local_id())
        return slug

    def get_parts(self) -> StreamParts:
        """Project, device and variable slugs; ``from_parts(**s.get_parts()) == s``."""
        return {
            "project": self._project,
            "device": self._device,
            "variable": IOTileVariableSlug(self._lid, self._project),
        }


class IOTileFleetSlug(_Slug):
    """``g--FFFF-FFFF-FFFF``: a 48-bit fleet id (0 included).

    Accepts an int in 0..0xffffffffffff, another fleet slug, or a string bare or ``g--``-prefixed.
    """

    __slots__ = ("_id",)
    _id: int
    _LAYOUT: ClassVar[str] = "g--XXXX-XXXX-XXXX"

    def __init__(self, id: IOTileFleetSlug | int | str) -> None:
        if isinstance(id, IOTileFleetSlug):
            number = id._id
        elif isinstance(id, str):
            number = _single_term(id, "g", 3, "id", self._LAYOUT)
        else:
            parsed = _as_int(id)
            if parsed is None:
                raise _type_error("id", "a fleet id (int, hex str or IOTileFleetSlug)", id)
            number = _in_range(parsed, 0, _LIMIT48, "id", "a fleet id")
        object.__setattr__(self, "_id", number)
        self._freeze("g--" + _groups(number, 3))

    def get_id(self) -> int:
        return self._id


class IOTileStreamerSlug(_Slug):
    """``t--0000-DDDD-DDDD-DDDD--IIII``: streamer ``index`` (0..0xffff) of a live device.

    ``device`` is a device id (int, string or device slug) whose block group must be ``0000``;
    alternatively pass a full ``t--`` slug (or another streamer slug) and no ``index``.
    """

    __slots__ = ("_device", "_index")
    _device: IOTileDeviceSlug
    _index: int
    _LAYOUT: ClassVar[str] = "t--0000-XXXX-XXXX-XXXX--XXXX"

    def __init__(
        self,
        device: IOTileStreamerSlug | IOTileDeviceSlug | int | str,
        index: int | None = None,
    ) -> None:
        if index is None:
            if isinstance(device, IOTileStreamerSlug):
                dev, number = device._device, device._index
            elif isinstance(device, str) and device.startswith("t--"):
                device_term, index_term = _terms(device, "t", 2, "device", self._LAYOUT)
                dev = self._live_device(device_term)
                number = _hex_term(index_term, 1, "device", self._LAYOUT)
            else:
                raise InvalidArgumentError("index", "is required unless device is a full 't--' slug")
        else:
            if isinstance(device, IOTileStreamerSlug) or (
                isinstance(device, str) and device.startswith("t--")
            ):
                raise InvalidArgumentError("index", "must be omitted when device is a full 't--' slug")
            dev = self._live_device(device)
            parsed = _as_int(index)
            if parsed is None:
                # A str index is refused: upstream read it as decimal, yet writes it as hex.
                raise _type_error("index", "an int", index)
            number = _in_range(parsed, 0, _MASK16 + 1, "index", "a streamer index")
        object.__setattr__(self, "_device", dev)
        object.__setattr__(self, "_index", number)
        self._freeze(f"t--{dev.formatted_id()}--{number:04x}")

    @staticmethod
    def _live_device(value: object) -> IOTileDeviceSlug:
        dev = IOTileDeviceSlug._coerce(value, "device")
        if dev.get_id() >= _LIMIT48:
            # The streamer layout has no block group; dropping it would name another device.
            raise InvalidArgumentError(
                "device", f"a streamer's device must have block group 0000 (a live device); got {dev}"
            )
        return dev

    def get_device(self) -> IOTileDeviceSlug:
        return self._device

    def get_index(self) -> str:
        """The index as 4 hex digits (the last term)."""
        return f"{self._index:04x}"
