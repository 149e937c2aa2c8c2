"""The project file's life in the window: open (finding moved exports), save, save as, and unsaved changes.

The window asks; the controller talks to the user through `dialogs` and to the disk through `core.project`. What the
project holds comes from the `Workflow`; which file it is, and whether that file holds the current choices, is kept
here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ctdc_desktop.core.project import Project, ProjectError, load_project, save_project
from ctdc_desktop.core.translation import translate
from ctdc_desktop.gui import dialogs, settings


class ProjectController(QObject):
    path_changed = Signal()  # a project file was opened or saved under a (new) name
    message = Signal(str)  # a short note for the status bar

    def __init__(self, window: QWidget, current: Callable[[], Project]) -> None:
        """`current()` gives the project as the pages now have it (decisions gathered into the workflow)."""
        super().__init__(window)
        self._window = window
        self._current = current
        self.path: Path | None = None
        self._saved = Project()  # what the project file holds, to tell unsaved changes

    # --- saving ---------------------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        suggestion = str(self.path or Path(settings.last_folder()) / translate("ProjectController", "project.ctdcproj"))
        path = dialogs.choose_project_to_save(self._window, suggestion)
        return path is not None and self.save_to(path)

    def save_to(self, path: Path) -> bool:
        project = self._current()
        try:
            save_project(project, path)
        except ProjectError as error:
            dialogs.show_error(self._window, translate("ProjectController", "Project not saved"), str(error))
            return False
        self._saved = project
        self._remember(path)
        self.message.emit(translate("ProjectController", "Saved the project “{0}”.").format(path.name))
        return True

    # --- opening --------------------------------------------------------------------------------------------
    def read(self, path: Path) -> tuple[Project, Project] | None:
        """The project in `path` with its moved source files located with the user's help, and the project as the
        file holds it; None if not opened."""
        try:
            project = as_saved = load_project(path)
        except ProjectError as error:
            dialogs.show_error(self._window, translate("ProjectController", "Project not opened"), str(error))
            return None
        located: set[Path] = set()
        for source in project.missing_sources():
            if source.path in located:
                continue  # victims and perpetrators in one workbook: asked once
            found = dialogs.locate_moved_source(self._window, source, settings.last_folder())
            if found is None:
                self.message.emit(
                    translate(
                        "ProjectController", "The project “{0}” was not opened: a source file is missing."
                    ).format(path.name)
                )
                return None
            located.add(source.path)
            project = project.with_source_moved(source.path, found)
        return project, as_saved

    def adopt(self, path: Path, as_saved: Project) -> None:
        """The project read from `path` is now the one worked on; a located file makes it differ from `as_saved`,
        so worth saving again."""
        self._saved = as_saved
        self._remember(path)
        self.message.emit(translate("ProjectController", "Opened the project “{0}”.").format(path.name))

    # --- unsaved changes ------------------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        """True when the user made choices (opened a file, linked, decided) that no project file holds yet."""
        project = self._current()
        if not project.sources and self.path is None:
            return False  # nothing chosen yet: nothing to lose
        return project != self._saved

    def settle_unsaved_changes(self) -> bool:
        """Ask about unsaved choices; False when the user wants to stay (or saving did not happen)."""
        if not self.has_unsaved_changes():
            return True
        save = dialogs.ask_to_save_changes(self._window, self.path)
        return save is not None and (not save or self.save())

    def _remember(self, path: Path) -> None:
        self.path = path
        settings.add_recent_file(path)
        settings.remember_folder_of(path)
        self.path_changed.emit()
