# Install the built installer silently for the current user, run the installed program's
# self-test, check the Start-menu link and the uninstall key, uninstall silently and check that
# the program is gone and the user's data folder stays. Usage: windows_roundtrip.ps1 -Installer X
param([Parameter(Mandatory = $true)][string]$Installer)
$ErrorActionPreference = "Stop"

$target = Join-Path $env:LOCALAPPDATA "Programs\Buendnisbuero"
$data = Join-Path $env:LOCALAPPDATA "Buendnisbuero"
$key = "HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\Buendnisbuero"
$link = Join-Path $env:APPDATA "Microsoft\Windows\Start Menu\Programs\Bündnisbüro\Bündnisbüro.lnk"

$install = Start-Process -FilePath $Installer -ArgumentList "/S", "/CurrentUser" -Wait -PassThru
if ($install.ExitCode -ne 0) { throw "Installation: Rückgabewert $($install.ExitCode)" }
foreach ($path in @("$target\Buendnisbuero.exe", "$target\uninstall.exe", $link)) {
    if (-not (Test-Path $path)) { throw "Nach der Installation fehlt $path" }
}
$quiet = (Get-ItemProperty $key).QuietUninstallString
if (-not $quiet) { throw "QuietUninstallString fehlt" }

$env:QT_QPA_PLATFORM = "offscreen"
& "$target\Buendnisbuero-Konsole.exe" --self-test
if ($LASTEXITCODE -ne 0) { throw "Selbsttest des installierten Programms: $LASTEXITCODE" }

New-Item -ItemType Directory -Force -Path $data | Out-Null
Set-Content -Path (Join-Path $data "buendnisbuero.sqlite3") -Value "Daten der Nutzerin"
$uninstall = Start-Process -FilePath "$target\uninstall.exe" -ArgumentList "/S", "/CurrentUser", "_?=$target" -Wait -PassThru
if ($uninstall.ExitCode -ne 0) { throw "Deinstallation: Rückgabewert $($uninstall.ExitCode)" }
Remove-Item -Force "$target\uninstall.exe" -ErrorAction SilentlyContinue
if (Test-Path "$target\Buendnisbuero.exe") { throw "Das Programm ist nach der Deinstallation noch da" }
if (Test-Path $key) { throw "Der Deinstallationsschlüssel ist noch da" }
if (-not (Test-Path (Join-Path $data "buendnisbuero.sqlite3"))) { throw "Die Nutzerdaten fehlen" }
Write-Output "Installation, Selbsttest und Deinstallation in Ordnung; die Nutzerdaten blieben."
