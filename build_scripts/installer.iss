; Inno Setup 6 script: installs the one-folder build, with a Start-menu entry, the .pmqa file
; association and an uninstaller. By default for the current user, without administrator rights,
; into %LOCALAPPDATA%\Programs\PMQA Workshop (association in HKCU). An administrator can choose
; "Install for all users" (or pass /ALLUSERS): then into Program Files, the association in HKLM,
; and an inbound Windows Firewall rule that lets phones reach room input (this program only,
; private networks only), removed again on uninstall. Build the application first, then:
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
; The program looks for this rule by name (app/room/firewall.py, RULE_NAME): keep them the same.
#define FirewallRule "PMQA 4.0 Workshop (room input)"

[Setup]
; AppId identifies the application across versions (upgrades, uninstall): never change it.
AppId={{6F1B6C2E-3D4A-4C8B-9E57-2A90B1C4D7E3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=PMQA 4.0 Workshop
VersionInfoVersion={#AppVersion}
; Per user by default, no UAC prompt: staff laptops rarely grant administrator rights. An
; administrator may install for all users instead (a dialog, or /ALLUSERS), which alone can add
; the firewall rule room input needs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
; %LOCALAPPDATA%\Programs per user, Program Files for all users. (Not {autopf}: per user it asks
; Windows for the UserProgramFiles known folder, which Wine lacks, and Setup stopped there.)
DefaultDirName={code:DefaultInstallDir}
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
; .pmqa opens with the application: under Software\Classes of HKCU (per user) or HKLM (all users:
; HKA is whichever the install mode gives), removed on uninstall.
; The extension's keys go only when empty (another program may have added itself to them);
; without uninsdeletekeyifempty uninstall left an empty .pmqa\OpenWithProgids key (seen under Wine).
Root: HKA; Subkey: "Software\Classes\.pmqa"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.pmqa\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "PMQA 4.0 Workshop file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications"; Flags: uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".pmqa"; ValueData: ""; Flags: uninsdeletekey

[Run]
; All users only (a standard user cannot change the firewall): phones on the room's network may
; reach room input's server, which is this program. Private networks only: not on a hotel's or
; an airport's public Wi-Fi. Deleted first, so a reinstall never leaves two rules.
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""{#FirewallRule}"""; Flags: runhidden waituntilterminated; Check: IsAdminInstallMode; StatusMsg: "Windows Firewall: room input…"
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""{#FirewallRule}"" dir=in action=allow program=""{app}\{#AppExe}"" enable=yes profile=private"; Flags: runhidden waituntilterminated; Check: IsAdminInstallMode; StatusMsg: "Windows Firewall: room input…"
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""{#FirewallRule}"""; Flags: runhidden waituntilterminated; Check: IsAdminInstallMode; RunOnceId: "RemoveRoomFirewallRule"

; Workshops, backups, templates and settings live in the user's profile
; (%LOCALAPPDATA%\PMQA-Workshop), not in {app}: uninstalling never deletes a workshop.

[Code]
function DefaultInstallDir(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{commonpf}\PMQA Workshop')
  else
    Result := ExpandConstant('{localappdata}\Programs\PMQA Workshop');
end;
