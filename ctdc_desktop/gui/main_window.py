"""The main window: the step list on the left, the current step's page on the right, menus and drag and drop.

The window wires pages together and opens files; each page owns its own logic and decisions.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QMenu, QStackedWidget, QWidget

from ctdc_desktop.core.project import (
    Project,
    ProjectError,
    SourceFile,
    SourceRole,
    load_project,
    project_from_decisions,
    save_project,
)
from ctdc_desktop.gui import dialogs, settings
from ctdc_desktop.gui.load_page import LoadPage
from ctdc_desktop.gui.placeholder_page import later_pages
from ctdc_desktop.gui.step_list import StepList, gated_states
from ctdc_desktop.gui.step_page import StepPage, StepState

# Keys of each page's decisions in the project file, in workflow order. Never rename one: old projects use them.
STEP_KEYS = ("load", "identifiers", "recode", "synthesize", "export")
STATUS_TIMEOUT_MS = 15_000


class MainWindow(QMainWindow):
    def __init__(
        self,
        load_page: LoadPage | None = None,
        later: Sequence[StepPage] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.load_page = load_page if load_page is not None else LoadPage()
        self.pages: list[StepPage] = [self.load_page, *(later if later is not None else later_pages())]
        self.project_path: Path | None = None
        self._kept_steps: dict[str, dict[str, Any]] = {}  # steps of a project this version has no page for
        self._queued_loads: list[SourceFile] = []
        self._saved_choices = _choices(Project())  # what the project file holds, to tell unsaved changes

        titles = [self.tr("Load"), self.tr("Identifiers"), self.tr("Recode"), self.tr("Synthesize"), self.tr("Export")]
        self.step_list = StepList(titles[: len(self.pages)])
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
            page.state_changed.connect(self.refresh_steps)
        self.step_list.step_chosen.connect(self.show_step)
        self.load_page.busy_changed.connect(self._start_queued_load)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.step_list)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setWindowIcon(dialogs.app_icon())
        self.setAcceptDrops(True)
        self._build_menus()
        self._update_title()
        self.statusBar()

        if not self.restoreGeometry(settings.WINDOW_GEOMETRY.read()):
            # First start: 1280×800, but never taller or wider than a small laptop screen (1366×768 is common).
            screen = self.screen().availableGeometry()
            self.resize(min(1280, int(screen.width() * 0.95)), min(800, int(screen.height() * 0.9)))
        self.refresh_steps()
        self.show_step(0)

    # --- steps -----------------------------------------------------------------------------------------------

    def refresh_steps(self) -> None:
        shown = gated_states([page.state() for page in self.pages])
        self.step_list.show_states(shown)
        self.setWindowModified(self.has_unsaved_changes())
        current = self.stack.currentIndex()
        if current > 0 and shown[current] is StepState.NOT_AVAILABLE:
            # An earlier step was undone (e.g. a new file loaded): go back to where the work is.
            self.show_step(next(row for row, state in enumerate(shown) if state is not StepState.DONE))

    def show_step(self, row: int, even_if_closed: bool = False) -> bool:
        """Show a step's page; a step that is not available opens only for screenshots (`even_if_closed`)."""
        if not (even_if_closed or self.step_list.is_open(row)):
            return False
        self.stack.setCurrentIndex(row)
        self.step_list.select(row)
        return True

    # --- menus -----------------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_export_action = self._action(file_menu, self.tr("&Open export…"), "Ctrl+O", self.choose_export)
        self.open_project_action = self._action(file_menu, self.tr("Open &project…"), "", self.choose_project)
        self.recent_menu = file_menu.addMenu(self.tr("&Recent files"))
        self.recent_menu.aboutToShow.connect(self._rebuild_recent_menu)
        self._rebuild_recent_menu(announce=False)
        file_menu.addSeparator()
        self.save_project_action = self._action(file_menu, self.tr("&Save project"), "Ctrl+S", self.save)
        self.save_project_as_action = self._action(
            file_menu, self.tr("Save project &as…"), "Ctrl+Shift+S", self.save_as
        )
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, self.tr("&Quit"), "Ctrl+Q", self.close)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.user_guide_action = self._action(help_menu, self.tr("&User guide"), "F1", self.show_user_guide)
        self.about_action = self._action(help_menu, self.tr("&About CTDC Desktop"), "", self.show_about)

    def _action(self, menu: QMenu, text: str, shortcut: str, slot: Any) -> QAction:
        action = QAction(text, self)
        if shortcut:
            # Written out rather than QKeySequence.StandardKey: Quit has no standard key on Windows.
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _rebuild_recent_menu(self, announce: bool = True) -> None:
        missing = settings.forget_missing_recent_files()
        if missing and announce:
            names = ", ".join(f"“{path.name}”" for path in missing)
            self.tell(self.tr("Removed from Recent files because they no longer exist: {0}").format(names))
        self.recent_menu.clear()
        recent = settings.recent_files()
        for number, path in enumerate(recent, start=1):
            label = f"{path.name}  ({path.parent})".replace("&", "&&")  # "&" in a name is not a keyboard shortcut
            action = self.recent_menu.addAction(f"&{number} {label}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_file(p))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear recent files")).triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        settings.RECENT_FILES.write([])
        self._rebuild_recent_menu(announce=False)

    def show_user_guide(self) -> None:
        # One guide window: F1 again brings it to the front instead of opening another.
        guide = self.findChild(dialogs.UserGuideDialog)
        if guide is None:
            guide = dialogs.UserGuideDialog(self)
            guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.show()
        guide.raise_()
        guide.activateWindow()

    def show_about(self) -> None:
        about = dialogs.AboutDialog(self)
        about.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        about.open()

    def tell(self, message: str) -> None:
        """A short note in the status bar; the window stays usable."""
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    # --- opening exports -------------------------------------------------------------------------------------

    def choose_export(self) -> None:
        path = dialogs.choose_export(self, settings.last_folder())
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Open what the user picked, dropped or chose from Recent files: an export or a project."""
        path = Path(path)
        if path.is_dir():
            self.tell(self.tr("“{0}” is a folder. Open one export file from inside it.").format(path.name))
        elif not path.is_file():
            settings.forget_missing_recent_files()
            self._rebuild_recent_menu(announce=False)
            self.tell(self.tr("“{0}” no longer exists; it was removed from Recent files.").format(path.name))
        elif dialogs.is_project(path):
            self.open_project(path)
        elif dialogs.is_export(path):
            self.open_export(path)
        else:
            self.tell(
                self.tr("“{0}” is not a case export. Open a CSV, TSV, TXT, XLSX, XLSM or XLS file.").format(path.name)
            )

    def open_export(self, path: Path, role: SourceRole | None = None) -> None:
        if self.load_page.is_busy():
            self.tell(self.tr("A file is still loading. Wait for it or cancel it, then open “{0}”.").format(path.name))
            return
        loaded = self.load_page.source_paths()
        if role is None:
            role = SourceRole.VICTIMS if not loaded else dialogs.ask_role_of_second_file(self, path, loaded[0])
            if role is None:
                return
        self.open_sources([SourceFile(path, role)])
        settings.add_recent_file(path)
        settings.remember_folder_of(path)
        self._rebuild_recent_menu(announce=False)

    def open_sources(self, sources: Sequence[SourceFile]) -> None:
        """Load each source in turn (the next starts when the Load page is no longer busy)."""
        self._queued_loads.extend(sources)
        self.show_step(0)
        if not self.load_page.is_busy():
            self._start_queued_load(False)

    def _start_queued_load(self, busy: bool) -> None:
        if busy or not self._queued_loads:
            return
        source = self._queued_loads.pop(0)
        if source.role is SourceRole.VICTIMS:
            self.load_page.open_victims(source.path, source.sheet)
        else:
            self.load_page.open_perpetrators(source.path, source.sheet)

    def is_loading(self) -> bool:
        return bool(self._queued_loads) or self.load_page.is_busy()

    # --- drag and drop ---------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # Accept any local file, so that a wrong kind of file gets an explanation instead of a "no entry" cursor.
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        self.open_file(paths[0])
        if len(paths) > 1:
            self.tell(self.tr("Drop one file at a time; only “{0}” was opened.").format(paths[0].name))

    # --- projects --------------------------------------------------------------------------------------------

    def current_project(self) -> Project:
        steps = dict(self._kept_steps)
        steps.update({key: page.decisions() for key, page in zip(STEP_KEYS, self.pages, strict=False)})
        return project_from_decisions(steps, self.load_page.source_paths())

    def save(self) -> bool:
        if self.project_path is None:
            return self.save_as()
        return self.save_to(self.project_path)

    def save_as(self) -> bool:
        suggestion = str(Path(settings.last_folder()) / self.tr("project.ctdcproj"))
        if self.project_path is not None:
            suggestion = str(self.project_path)
        path = dialogs.choose_project_to_save(self, suggestion)
        return path is not None and self.save_to(path)

    def save_to(self, path: Path) -> bool:
        project = self.current_project()
        try:
            save_project(project, path)
        except ProjectError as error:
            dialogs.show_error(self, self.tr("Project not saved"), str(error))
            return False
        self._saved_choices = _choices(project)
        self._remember_project(path)
        self.tell(self.tr("Saved the project “{0}”.").format(path.name))
        return True

    def choose_project(self) -> None:
        path = dialogs.choose_project_to_open(self, settings.last_folder())
        if path is not None:
            self.open_project(path)

    def open_project(self, path: Path) -> bool:
        """Reopen a project: find its source files (asking when they moved) and give each page its decisions."""
        try:
            project = load_project(path)
        except ProjectError as error:
            dialogs.show_error(self, self.tr("Project not opened"), str(error))
            return False
        if self.load_page.is_busy():
            self.tell(self.tr("A file is still loading. Wait for it or cancel it, then open the project."))
            return False
        if not self._unsaved_changes_settled():
            return False
        self._saved_choices = _choices(project)  # a located file differs from the file: worth saving again
        located: set[Path] = set()
        for source in project.missing_sources():
            if source.path in located:
                continue  # victims and perpetrators in one workbook: asked once
            found = dialogs.locate_moved_source(self, source, settings.last_folder())
            if found is None:
                self.tell(self.tr("The project “{0}” was not opened: a source file is missing.").format(path.name))
                return False
            located.add(source.path)
            project = project.with_source_moved(source.path, found)
        self._queued_loads.clear()  # files queued for the previous work are not this project's
        self._kept_steps = {key: value for key, value in project.steps.items() if key not in STEP_KEYS}
        for key, page in zip(STEP_KEYS[1:], self.pages[1:], strict=False):
            page.restore_decisions(project.steps.get(key, {}))
        if "load" in project.steps:
            self.load_page.restore_decisions(project.steps["load"])
        else:
            self.open_sources(project.sources)
        self._remember_project(path)
        self.show_step(0)
        self.tell(self.tr("Opened the project “{0}”.").format(path.name))
        return True

    def _remember_project(self, path: Path) -> None:
        self.project_path = path
        settings.add_recent_file(path)
        settings.remember_folder_of(path)
        self._rebuild_recent_menu(announce=False)
        self._update_title()

    def has_unsaved_changes(self) -> bool:
        """True when the user made choices (opened a file, linked, decided) that no project file holds yet."""
        project = self.current_project()
        if not project.sources and self.project_path is None:
            return False  # nothing chosen yet: nothing to lose
        return _choices(project) != self._saved_choices

    def _update_title(self) -> None:
        app = self.tr("CTDC Desktop")
        # "[*]" shows as "*" while there are unsaved changes (see setWindowModified).
        self.setWindowTitle(f"{self.project_path.name}[*] — {app}" if self.project_path else f"{app}[*]")
        self.setWindowModified(self.has_unsaved_changes())

    def _unsaved_changes_settled(self) -> bool:
        """Ask about unsaved choices; False when the user wants to stay (or saving did not happen)."""
        if not self.has_unsaved_changes():
            return True
        save = dialogs.ask_to_save_changes(self, self.project_path)
        return save is not None and (not save or self.save())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._unsaved_changes_settled():
            event.ignore()  # keep the window and the choices
            return
        settings.WINDOW_GEOMETRY.write(self.saveGeometry())
        self._queued_loads.clear()
        shutdown = getattr(self.load_page, "shutdown", None)
        if callable(shutdown):  # stop background loads before the widgets they report to are gone
            shutdown()
        super().closeEvent(event)


def _choices(project: Project) -> tuple[object, ...]:
    # Pages report {} for "nothing decided"; a file without that key holds the same choices.
    return project.sources, project.link_columns, {key: value for key, value in project.steps.items() if value}
