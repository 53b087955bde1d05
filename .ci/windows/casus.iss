; Inno Setup 6 script for Casus on a Windows workstation: `iscc /DAppVersion=0.1.0 .ci\windows\casus.iss`
; after `pyinstaller build.spec` (the workflow .github/workflows/windows.yml does both).
;
; Per-user install without administrator rights (a gemeente laptop rarely grants them), into
; %LOCALAPPDATA%\Programs\Casus, with a start-menu entry. The register is not part of the install:
; it lives in %LOCALAPPDATA%\Heerlen-Noord\Casus (or wherever the beheerder put it), and uninstalling
; removes only the program files below, never a register, its key file or a backup.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6E3C9B57-2F0B-4C2A-9D59-7A1E5C4B8F21}
AppName=Casus
AppVersion={#AppVersion}
AppVerName=Casus {#AppVersion}
AppPublisher=Sociaal Veilig Heerlen-Noord
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={autopf}\Casus
DefaultGroupName=Casus
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\casus.exe
SetupIconFile=..\..\resources\icons\casus.ico
OutputDir=..\..\dist
OutputBaseFilename=casus-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
; The one-folder bundle: casus.exe (the interface, no console) and casus-app.exe (the command line).
Source: "..\..\dist\casus-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Casus"; Filename: "{app}\casus.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\Casus"; Filename: "{app}\casus.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\casus.exe"; Description: "{cm:LaunchProgram,Casus}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: only the files installed above are removed. Registers, key files (.keys),
; backups (.casusbackup) and exports stay where the user keeps them.
