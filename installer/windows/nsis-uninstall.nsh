  Delete "$DESKTOP\CivicDesk 社区工作台.lnk"

  ; CivicDesk: removal (and the silent removal an upgrade runs) keeps every user's cache and
  ; settings and the machine preset. `/PURGE` also deletes the machine preset and the
  ; uninstalling user's settings (HKCU\Software\CivicDesk) and local cache
  ; (%LOCALAPPDATA%\CivicDesk); other users' profiles are theirs to clean.
  ${un.GetParameters} $R0
  ClearErrors
  ${un.GetOptions} $R0 "/PURGE" $R1
  ${IfNot} ${Errors}
    SetRegView 64
    DeleteRegKey HKLM "Software\CivicDesk\CivicDesk\server"
    DeleteRegKey /ifempty HKLM "Software\CivicDesk\CivicDesk"
    DeleteRegKey /ifempty HKLM "Software\CivicDesk"
    DeleteRegKey HKCU "Software\CivicDesk\CivicDesk"
    DeleteRegKey /ifempty HKCU "Software\CivicDesk"
    SetRegView default
    SetShellVarContext current
    RMDir /r "$LOCALAPPDATA\CivicDesk"
    SetShellVarContext all
  ${EndIf}
