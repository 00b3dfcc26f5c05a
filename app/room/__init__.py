"""Room input (issue #17): groups type their own cards, scores and votes from phones and laptops
over the meeting room's network, through a small web page this application serves.

Off by default. Nothing here is imported when the application starts: ``server`` (which loads
tornado) and the QR code (segno) load only when the facilitator starts room input, or with the
``room`` command. Every request becomes one of ``app.workshop.Workshop``'s operations, so a card
from a phone and a card typed at the laptop are the same kind of edit. See docs/room.md.

- ``settings``: join codes, closed questions and steps, options (kept in the workshop file);
- ``stage``: which step the page follows;
- ``sessions``: devices' tokens, the per-token rate limit, idempotency keys (in memory);
- ``views``: what one group's page shows;
- ``actions``: a device's requests, checked, turned into operations;
- ``progress``: which groups have submitted, scored or voted;
- ``server``: the HTTP server (tornado), on its own threads in the process that runs it;
- ``process``: that process, as the window starts it (``RoomProcess``) and what it runs (``serve``);
- ``status``: what the server tells the window (``RoomStatus``) and its start-up error;
- ``network``: the addresses this computer can listen on; ``firewall``: Windows' inbound rule.
"""
