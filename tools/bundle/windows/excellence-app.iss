; Inno Setup 6 script of the Windows installer (issue 19, part 4). Compile it with
;   python -m tools.bundle.build --installer
; which builds the bundle first and passes what this script needs:
;   /DAppVersion=0.1.0  /DBundleDir=<the one-folder bundle>  /DIconFile=<the .ico made at build time>
; UTF-8 with a byte-order mark, so that ISCC reads the Chinese texts as UTF-8.

#ifndef AppVersion
  #error Compile with python -m tools.bundle.build --installer (it passes AppVersion, BundleDir, IconFile)
#endif

#define AppExe "excellence-app.exe"
#define ProgId "ExcellenceApp.Project"

[Setup]
; AppId ties upgrades and the uninstaller to this program: never change it.
AppId={{BBDFF293-427B-4DAE-ADBE-95D37567A4F8}
AppName=卓越绩效自评工具
AppVersion={#AppVersion}
AppVerName=卓越绩效自评工具 {#AppVersion}
AppPublisher=excellence-app
; An ASCII folder name: scripts and support staff type it.
DefaultDirName={autopf}\excellence-app
; One Start-menu shortcut, no folder of its own.
DisableProgramGroupPage=yes
; Program Files for all users by default; the dialog lets someone without administrator rights
; install for themselves ({autopf} and HKA then mean their own folders and registry).
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
; The bundle is 64-bit, and PySide6 6.8+ needs Windows 10 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Tell Explorer to refresh its file types after installing and after uninstalling (.exa).
ChangesAssociations=yes
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=卓越绩效自评工具 {#AppVersion}
OutputBaseFilename=excellence-app-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup's Simplified Chinese messages were an unofficial translation (Languages\Unofficial in
; its sources, not installed) before they moved to the official Languages folder; an older Inno
; Setup without the file builds an English-only installer and says so.
#ifexist AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl"
  #define HaveChinese
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#else
  #pragma message "ChineseSimplified.isl is not installed with this Inno Setup: the installer is English only"
#endif

[CustomMessages]
; (no slash: the title names the shortcuts)
en.AppTitle=Excellence self-assessment
en.ProjectFile=Excellence self-assessment project
en.FileTypes=File types:
en.AssocExa=&Open .exa project files with this program
en.StartApp=Start the program now
#ifdef HaveChinese
zh.AppTitle=卓越绩效自评工具
zh.ProjectFile=卓越绩效自评项目
zh.FileTypes=文件类型：
zh.AssocExa=用本程序打开 .exa 项目文件(&O)
zh.StartApp=立即启动本程序
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssocExa}"; GroupDescription: "{cm:FileTypes}"

[InstallDelete]
; An upgrade replaces the bundle's library folder whole, so no module of the old version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The one-folder bundle: excellence-app.exe (windowed), excellence-cli.exe (console), _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .exa opens in the program: a ProgID with its icon and open command, named the extension's
; default and listed in its OpenWithProgids. excellence-app.exe given one existing file opens the
; window on it (excellence_app/__main__.py). The uninstaller removes what is flagged here; the
; keys of .exa go when nothing else is left in them.
Root: HKA; Subkey: "Software\Classes\.exa"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.exa\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ProjectFile}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".exa"; ValueData: ""; Tasks: associate

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:StartApp}"; Flags: nowait postinstall skipifsilent
