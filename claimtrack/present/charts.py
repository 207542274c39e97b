"""Altair charts of claim threads: a timeline, small multiples, a story map and the changes.

The front door users reach as ``ct.charts``. Every chart embeds only the columns it draws, cuts
sentences to ``TOOLTIP_CHARS`` characters and groups claims above its mark limit (each chart's
docstring gives the rule), so tens of thousands of claims stay far below Altair's row limit and
a few hundred kilobytes of JSON. The timeline is drawn in :mod:`.timeline`, the charts of many
threads in :mod:`.overview`, the rows they embed chosen in :mod:`.chart_data`.
"""

from .changes_table import changes_chart
from .chart_data import MAX_MARKS, TOOLTIP_CHARS, main_thread
from .overview import small_multiples, story_map
from .timeline import timeline, timeline_points

__all__ = [
    "MAX_MARKS",
    "TOOLTIP_CHARS",
    "changes_chart",
    "main_thread",
    "small_multiples",
    "story_map",
    "timeline",
    "timeline_points",
]
