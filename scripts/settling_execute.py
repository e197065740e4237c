"""nbconvert's ExecutePreprocessor, patient with kernels that report idle before their last output.

nbclient takes a cell as done at the kernel's first "idle" status and drops whatever the kernel
sends for that cell afterwards. Deno's kernel (2.x) sometimes publishes idle before the cell's
execute_result or display_data, so a plain `nbconvert --execute` loses outputs at random. This
preprocessor keeps reading the cell's messages after idle until the channel has been quiet for
`settle` seconds. Used by scripts/deno-notebook.sh:

    PYTHONPATH=scripts jupyter nbconvert --to notebook \
      --NotebookExporter.preprocessors='["settling_execute.SettlingExecutePreprocessor"]' …
"""
from queue import Empty

from nbclient.exceptions import CellExecutionComplete
from nbclient.util import ensure_async
from nbconvert.preprocessors import ExecutePreprocessor
from traitlets import Float


class SettlingExecutePreprocessor(ExecutePreprocessor):
    settle = Float(1.0, help="Seconds of silence on IOPub, after the kernel reports idle, before a cell counts as done.").tag(config=True)

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        idle = False
        while True:
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=self.settle if idle else None))
            except Empty:
                return
            if msg["parent_header"].get("msg_id") != parent_msg_id:
                continue
            try:
                self.process_message(msg, cell, cell_index)
            except CellExecutionComplete:
                idle = True
