; Inno Setup 6 script (6.3 or later): installs the one-folder build of CTDC Desktop for the current user, without
; administrator rights (a caseworker's laptop seldom gives them), with a Start-menu entry and double-click on
; .ctdcproj project files. Build the folder first, on Windows, from the checkout root (installer/README.md):
;   uv run --with pyinstaller pyinstaller --noconfirm installer\ctdc-desktop.spec
;   dist\ctdc-desktop\ctdc-desktop.exe --self-test
;   iscc installer\windows\ctdc-desktop.iss        -> dist\ctdc-desktop-<version>-setup.exe
; Untested here (written on Linux from Inno Setup's documentation): try it on a Windows machine before relying on it.
; tests/unit/test_windows_installer.py checks that the names below match what installer/ctdc-desktop.spec builds.

; What installer/ctdc-desktop.spec produces: the folder (DIST_FOLDER under dist\), the program with no console
; behind it (WINDOW_NAME) and the one for the terminal (CONSOLE_NAME).
#define DistFolder "..\..\dist\ctdc-desktop"
#define AppExe "CTDC Desktop.exe"
#define ConsoleExe "ctdc-desktop.exe"
; The file type the window saves projects as (ctdc_desktop.core.project.PROJECT_SUFFIX).
#define ProjectExtension ".ctdcproj"
#define ProjectProgId "CTDCDesktop.Project"
#define AppName "CTDC Desktop"

; The version is the app's own: the spec writes ctdc_desktop.__version__ into the programs' version resource.
; `iscc /DAppVersion=1.2.3` overrides it.
#define AppExePath AddBackslash(SourcePath) + DistFolder + "\" + AppExe
#if !FileExists(AppExePath)
  #error Build dist\ctdc-desktop first (see the top of this file): this script packs that folder.
#endif
#ifndef AppVersion
  #define AppVersion GetFileProductVersionString(AppExePath)
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to this program: never change it.
AppId={{EAD8A361-9C53-4581-B4BD-610A8C39640A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CTDC
; Per user, no administrator: files under %LOCALAPPDATA%\Programs, shortcuts and file type under HKEY_CURRENT_USER.
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; The icon made from resources/icons/app.svg (scripts/make_icons.py): Setup's and the uninstaller's own. The
; installed program carries the same icon (the spec gives it to PyInstaller), and Apps & features shows it from there.
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Tell Explorer that .ctdcproj now opens with this program (and, at uninstall, that it no longer does).
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=ctdc-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Setup shows itself in the user's language (English, French or Spanish) and offers the other two.
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
en.ProjectFileType=CTDC Desktop project
fr.ProjectFileType=Projet CTDC Desktop
es.ProjectFileType=Proyecto de CTDC Desktop

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade starts from an empty program folder: a library the new version no longer ships must not linger and be
; loaded beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistFolder}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Double-click on a .ctdcproj opens it in the window (`CTDC Desktop.exe FILE.ctdcproj`, see ctdc_desktop/cli.py).
; Under HKEY_CURRENT_USER\Software\Classes: this user only, no administrator needed; removed at uninstall.
Root: HKCU; Subkey: "Software\Classes\{#ProjectExtension}"; ValueType: string; ValueName: ""; ValueData: "{#ProjectProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProjectExtension}\OpenWithProgids"; ValueType: string; ValueName: "{#ProjectProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProjectProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ProjectFileType}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProjectProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKCU; Subkey: "Software\Classes\{#ProjectProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] on purpose. Uninstalling removes the program folder and the entries above, and nothing of the
; user's: the application-data folder (%APPDATA%\CTDC\CTDC Desktop) holds the privacy budget ledger, the record of
; how much privacy budget (epsilon) each dataset's releases have already spent. Deleting it would let the next
; installation release the same data again as if nothing had been spent, beyond the cap that protects the people in
; it. The folder also holds the settings and the activity logs (no data values; at most 6 MB). Whoever wants them
; gone deletes the folder by hand (installer/README.md says where).
