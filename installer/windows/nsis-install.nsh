  ; CivicDesk: `/SERVER=https://…` becomes the machine-wide server preset that
  ; QSettings::SystemScope reads (HKLM\Software\CivicDesk\CivicDesk, key server, value url),
  ; in the 64-bit view the 64-bit client reads. Without /SERVER an existing preset stays.
  ; An address that is not http(s) is not written: the installation completes, the preset
  ; stays as it was, and the installer exits with code 2 so the rollout tool reports it
  ; (checked here, not earlier: an upgrade has already removed the old version by now).
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/SERVER=" $R1
  ${IfNot} ${Errors}
    StrCpy $R2 $R1 8
    StrCpy $R3 $R1 7
    ${If} $R2 == "https://"
    ${OrIf} $R3 == "http://"
      SetRegView 64
      WriteRegStr HKLM "Software\CivicDesk\CivicDesk\server" "url" $R1
      SetRegView default
    ${Else}
      DetailPrint "/SERVER= must be an http:// or https:// address, not: $R1"
      MessageBox MB_OK|MB_ICONEXCLAMATION "/SERVER= must be an http:// or https:// address, not: $R1" /SD IDOK
      SetErrorLevel 2
    ${EndIf}
  ${EndIf}

  ; The desktop shortcut, for every user (CPack's own desktop link depends on an options page
  ; this installer does not show).
  CreateShortCut "$DESKTOP\CivicDesk 社区工作台.lnk" "$INSTDIR\bin\civicdesk.exe"
