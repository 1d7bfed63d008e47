; Inno Setup 6 script: a Windows installer for the ec-whatif folder bundle.
;
;     py -3.11 build_scripts\build_bundle.py --onedir
;     iscc /DAppVersion=0.1.0 packaging\windows\ec-whatif.iss
;
; The result is dist\ec-whatif-VERSION-setup.exe. It installs for the current user by default
; (no administrator rights: %LOCALAPPDATA%\Programs\Electoral College What-If), or for everyone
; when chosen in the first dialog or with /ALLUSERS; /VERYSILENT /CURRENTUSER installs silently.
; The CI workflow (.github/workflows/build.yml) passes the version from pyproject.toml.
; Paths are relative to this file's folder.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\onedir\ec-whatif"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Electoral College What-If"
#define AppExe "ec-whatif.exe"

[Setup]
; The AppId identifies the app to upgrades and to the uninstaller: never change it.
AppId={{D13E78F5-CAAC-4C6A-9CE4-6E00AE17F56B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=ec-whatif-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; The app keeps no service or driver: closing it is enough to update it.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the app's own folder; the user's settings and scenario files are theirs to keep.
Type: filesandordirs; Name: "{app}\_internal"
