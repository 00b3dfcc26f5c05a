; Inno Setup 6 script: installs the one-folder build for the current user, without administrator
; rights, into %LOCALAPPDATA%\Programs\PMQA Workshop, with a Start-menu entry, the .pmqa file
; association (in HKCU) and an uninstaller. Build the application first, then the installer:
;
;   python build_scripts\build.py
;   & "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe" build_scripts\installer.iss
;
; The installer lands in dist\. The version is the built executable's ProductVersion string,
; which build_scripts/bundle.py writes from pyproject.toml ("0.1.0", where the numeric
; GetVersionNumbersString would say "0.1.0.0"); override: /DAppVersion=1.2.3.
; build_scripts/build_windows.sh compiles it under Wine with /DDistDir=… /DOutputDir=… and
; installs, runs and uninstalls the result (docs/packaging.md).

#define AppName "PMQA 4.0 Workshop"
#define AppExe "pmqa-workshop.exe"
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\dist\pmqa-workshop"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\dist"
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(DistDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error The executable has no ProductVersion: build it with build_scripts/build.py first
#endif
#define ProgId "PMQAWorkshop.Workshop"

[Setup]
; AppId identifies the application across versions (upgrades, uninstall): never change it.
AppId={{6F1B6C2E-3D4A-4C8B-9E57-2A90B1C4D7E3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=PMQA 4.0 Workshop
VersionInfoVersion={#AppVersion}
; Per user, no UAC prompt: staff laptops rarely grant administrator rights.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\PMQA Workshop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir={#OutputDir}
OutputBaseFilename=pmqa-workshop-{#AppVersion}-setup
SetupIconFile=..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Thai translation; put the unofficial Thai.isl (jrsoftware.org, "Inno Setup
; Translations") beside this script and the installer offers Thai too.
#if FileExists(AddBackslash(SourcePath) + "Thai.isl")
Name: "thai"; MessagesFile: "Thai.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole runtime, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "PMQA 4.0 / Government 4.0 workshop"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .pmqa opens with the application: per user, under HKCU\Software\Classes, removed on uninstall.
; The extension's keys go only when empty (another program may have added itself to them);
; without uninsdeletekeyifempty uninstall left an empty .pmqa\OpenWithProgids key (seen under Wine).
Root: HKCU; Subkey: "Software\Classes\.pmqa"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\.pmqa\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "PMQA 4.0 Workshop file"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications"; Flags: uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".pmqa"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Workshops, backups, templates and settings live in the user's profile
; (%LOCALAPPDATA%\PMQA-Workshop), not in {app}: uninstalling never deletes a workshop.
