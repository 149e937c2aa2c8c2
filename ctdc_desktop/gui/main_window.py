"""The main window: the step list on the left, the current step's page on the right, menus and drag and drop.

The window shows pages and routes what the user opens; each page owns its logic and decisions, the `Workflow`
carries decisions and results from one step to the next, and the `ProjectController` owns the project file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QMenu, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ctdc_desktop.core.load.decisions import SourceFile, SourceRole
from ctdc_desktop.core.project import Project
from ctdc_desktop.core.steps import STEP_KEYS
from ctdc_desktop.gui import dialogs, language, settings
from ctdc_desktop.gui.load_page import LoadPage
from ctdc_desktop.gui.project_controller import ProjectController
from ctdc_desktop.gui.step_list import StepList, gated_states
from ctdc_desktop.gui.step_page import StepPage, StepState
from ctdc_desktop.gui.step_pages import later_pages
from ctdc_desktop.gui.workflow import Workflow

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
        self._queued_loads: list[SourceFile] = []
        # While a project's decisions are handed to the pages, a page's half-restored state is not the user's choice.
        self._restoring = False
        self.workflow = Workflow(self)
        self.workflow.changed.connect(self._hand_on)
        self.projects = ProjectController(self, self.current_project)
        self.projects.message.connect(self.tell)
        self.projects.path_changed.connect(self._project_path_changed)

        titles = [self.tr("Load"), self.tr("Identifiers"), self.tr("Recode"), self.tr("Synthesize"), self.tr("Export")]
        self.step_list = StepList(titles[: len(self.pages)])
        self.stack = QStackedWidget()
        for key, page in zip(STEP_KEYS, self.pages, strict=False):
            self.stack.addWidget(page)
            page.state_changed.connect(lambda key=key, page=page: self._page_changed(key, page))
        self.step_list.step_chosen.connect(self.show_step)
        self.load_page.busy_changed.connect(self._start_queued_load)

        # The next step by a button under the list and by Ctrl+PgDown (Ctrl+PgUp: the one before), as in tabbed
        # windows: a keyboard user need not Tab round to the step list.
        self.next_step_button = QPushButton(self.tr("&Next step"))
        self.next_step_button.setToolTip(self.tr("Go to the next step (Ctrl+PgDown; Ctrl+PgUp goes back)."))
        self.next_step_button.clicked.connect(self.next_step)
        self.next_step_button.setFixedWidth(self.step_list.width())
        steps_column = QVBoxLayout()
        steps_column.setContentsMargins(0, 0, 0, 0)
        steps_column.addWidget(self.step_list, 1)
        steps_column.addWidget(self.next_step_button)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(steps_column)
        layout.addWidget(self.stack, 1)
        self.next_step_action = QAction(self)
        self.next_step_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_step_action.triggered.connect(lambda _checked=False: self.next_step())
        self.previous_step_action = QAction(self)
        self.previous_step_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous_step_action.triggered.connect(lambda _checked=False: self.previous_step())
        self.addActions([self.next_step_action, self.previous_step_action])
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

    def _page_changed(self, key: str, page: StepPage) -> None:
        if not self._restoring and page.state() is not StepState.LATER_VERSION:
            self.workflow.set_decisions(key, page.decisions())
            self.workflow.set_result(key, page.result())
        self.refresh_steps()

    def _hand_on(self, key: str) -> None:
        """A step's decisions or result changed: give the next page its (new, or now missing) input. (Export also
        works on Recode's result; a new one puts the synthesis out of date, so Export hears of it via Synthesize.)"""
        following = STEP_KEYS.index(key) + 1
        if following < len(self.pages):
            self.pages[following].receive_input(self.workflow.input_for(STEP_KEYS[following]))
        self._hand_on_project()

    def _hand_on_project(self) -> None:
        for page in self.pages:
            page.receive_project(self.workflow.project, self.projects.path)

    @property
    def project_path(self) -> Path | None:
        return self.projects.path

    def refresh_steps(self) -> None:
        shown = gated_states([page.state() for page in self.pages])
        self.step_list.show_states(shown)
        if hasattr(self, "next_step_button"):
            self._update_next_step_button()
        self.setWindowModified(self.has_unsaved_changes())
        current = self.stack.currentIndex()
        if current > 0 and shown[current] is StepState.NOT_AVAILABLE:
            # An earlier step was undone (e.g. a new file loaded): go back to where the work is.
            self.show_step(next(row for row, state in enumerate(shown) if state is not StepState.DONE))

    def next_step(self) -> bool:
        """Go to the step after the current one; when it is not open yet, say which step opens it."""
        return self._move_to(self.stack.currentIndex() + 1)

    def previous_step(self) -> bool:
        return self._move_to(self.stack.currentIndex() - 1)

    def _move_to(self, row: int) -> bool:
        if not 0 <= row < len(self.pages):
            return False
        if not self.show_step(row):
            self.tell(self.step_list.item(row).toolTip())  # "Opens when “Identifiers” is done."
            return False
        self.pages[row].setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _update_next_step_button(self) -> None:
        following = self.stack.currentIndex() + 1
        self.next_step_button.setEnabled(following < len(self.pages) and self.step_list.is_open(following))

    def show_step(self, row: int, even_if_closed: bool = False) -> bool:
        """Show a step's page; a step that is not available opens only for screenshots (`even_if_closed`)."""
        if not (even_if_closed or self.step_list.is_open(row)):
            return False
        self.stack.setCurrentIndex(row)
        self.step_list.select(row)
        self._update_next_step_button()
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
        self._build_language_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.user_guide_action = self._action(help_menu, self.tr("&User guide"), "F1", self.show_user_guide)
        self.about_action = self._action(help_menu, self.tr("&About CTDC Desktop"), "", self.show_about)

    def _build_language_menu(self) -> None:
        """System language, or one of ours; the choice applies from the next start (the pages build their text once)."""
        menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        stored = settings.LANGUAGE.read()
        choices = [("", self.tr("&System language")), *list(language.MENU_NAMES.items())]
        for code, name in choices:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == stored or (code == "" and stored not in language.LANGUAGES))
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            self.language_actions[code] = action

    def choose_language(self, code: str) -> None:
        settings.LANGUAGE.write(code)
        self.language_actions[code].setChecked(True)
        self.tell(self.tr("The language changes the next time CTDC Desktop starts."))

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
        """The project as the pages have it now (their decisions gathered into the workflow)."""
        if not self._restoring:
            for key, page in zip(STEP_KEYS, self.pages, strict=False):
                if page.state() is not StepState.LATER_VERSION:  # a step not built yet has no say
                    self.workflow.set_decisions(key, page.decisions())
        return self.workflow.project

    def save(self) -> bool:
        return self.projects.save()

    def save_as(self) -> bool:
        return self.projects.save_as()

    def save_to(self, path: Path) -> bool:
        return self.projects.save_to(path)

    def choose_project(self) -> None:
        path = dialogs.choose_project_to_open(self, settings.last_folder())
        if path is not None:
            self.open_project(path)

    def open_project(self, path: Path) -> bool:
        """Reopen a project: find its source files (asking when they moved) and give each page its decisions."""
        if self.load_page.is_busy():
            self.tell(self.tr("A file is still loading. Wait for it or cancel it, then open the project."))
            return False
        opened = self.projects.read(path)
        if opened is None or not self.projects.settle_unsaved_changes():
            return False
        project, as_saved = opened
        self._queued_loads.clear()  # files queued for the previous work are not this project's
        self._restoring = True
        try:
            self.workflow.replace_project(project)
            for key, page in zip(STEP_KEYS, self.pages, strict=False):
                page.restore_decisions(self.workflow.decisions(key))
        finally:
            self._restoring = False
        for key, page in zip(STEP_KEYS, self.pages, strict=False):
            self.workflow.set_result(key, page.result())
        self.projects.adopt(path, as_saved)
        self.show_step(0)
        return True

    def _project_path_changed(self) -> None:
        self._rebuild_recent_menu(announce=False)
        self._hand_on_project()
        self._update_title()

    def has_unsaved_changes(self) -> bool:
        """True when the user made choices (opened a file, linked, decided) that no project file holds yet."""
        return self.projects.has_unsaved_changes()

    def _update_title(self) -> None:
        app = self.tr("CTDC Desktop")
        path = self.projects.path
        # "[*]" shows as "*" while there are unsaved changes (see setWindowModified).
        self.setWindowTitle(f"{path.name}[*] — {app}" if path else f"{app}[*]")
        self.setWindowModified(self.has_unsaved_changes())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.projects.settle_unsaved_changes():
            event.ignore()  # keep the window and the choices
            return
        settings.WINDOW_GEOMETRY.write(self.saveGeometry())
        self._queued_loads.clear()
        shutdown = getattr(self.load_page, "shutdown", None)
        if callable(shutdown):  # stop background loads before the widgets they report to are gone
            shutdown()
        super().closeEvent(event)
