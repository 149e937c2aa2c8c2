"""The workflow on top of the steps: the step registry and the whole-export runner (`ctdc-desktop run` is the
workflow without a window). It is the only core package that knows every step; the steps below it do not know it."""
