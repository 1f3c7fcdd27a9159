; Theo dõi Kế hoạch — the Windows installer a clerk double-clicks (NSIS 3, Unicode).
;
; Per user, no administrator rights: the program goes to %LOCALAPPDATA%\Programs\TheoDoiKeHoach,
; the Start-menu shortcut and the Apps & features entry to the user's own profile and registry.
; The user's data (%LOCALAPPDATA%\TheoDoiKeHoach: database, backups, logs) is another folder that
; this installer never writes and the uninstaller removes only when asked, so an upgrade keeps
; it (the program backs the database up and migrates it on its first start).
;
; Build (make installer, or the Windows workflow):
;   makensis /DVERSION=0.1.0 /DVERSION_QUAD=0.1.0.0 /DBUNDLE=dist/TheoDoiKeHoach
;            /DOUTFILE=dist/TheoDoiKeHoach-0.1.0-setup.exe installer/theo-doi-ke-hoach.nsi
; Optional: /DTARGET=amd64-unicode (Debian's NSIS has the 64-bit stub; the official Windows
; build of NSIS ships x86 only, the default), /DEXE_SUFFIX= for the Linux payload of the smoke
; check (its programs have no .exe), /DCOMPRESSOR=zlib for a faster build.
;
; Silent use: setup.exe /S [/DESKTOP] [/D=folder]   uninstall.exe /S [/REMOVEDATA]

Unicode true
ManifestDPIAware true

!ifndef TARGET
  !define TARGET x86-unicode
!endif
Target ${TARGET}

!ifndef VERSION
  !error "VERSION is required: makensis /DVERSION=x.y.z ..."
!endif
!ifndef VERSION_QUAD
  !error "VERSION_QUAD is required (four numbers): makensis /DVERSION_QUAD=x.y.z.0 ..."
!endif
!ifndef BUNDLE
  !error "BUNDLE is required: the one-folder bundle built by PyInstaller"
!endif
!ifndef OUTFILE
  !define OUTFILE "TheoDoiKeHoach-${VERSION}-setup.exe"
!endif
!ifndef EXE_SUFFIX
  !define EXE_SUFFIX ".exe"
!endif
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"  ; smallest download; the Linux smoke build passes zlib (faster)
!endif

!define APP_ID "TheoDoiKeHoach"
!define APP_NAME "Theo dõi Kế hoạch"
!define PUBLISHER "Nhóm phát triển Theo dõi Kế hoạch"
!define MAIN_EXE "TheoDoiKeHoach${EXE_SUFFIX}"
!define CLI_EXE "theodoi-cli${EXE_SUFFIX}"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define DATA_DIR "$LOCALAPPDATA\${APP_ID}"
!define SHORTCUT "${APP_NAME}.lnk"
!define ICON "../app/resources/icons/theodoi.ico"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel user
SetCompressor ${COMPRESSOR}
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Cài đặt ${APP_NAME}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh
!include Sections.nsh

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${BUNDLE}/LICENSE.txt"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${MAIN_EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Vietnamese"

; A running program keeps its files locked: ask to close it rather than half-replace the folder.
; Opening a running .exe for writing fails on Windows; silent mode gives up (exit code 2).
!macro RequireClosed EXE
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    ${Do}
      ClearErrors
      FileOpen $0 "$INSTDIR\${EXE}" a
      ${IfNot} ${Errors}
        FileClose $0
        ${Break}
      ${EndIf}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION \
        "${APP_NAME} đang chạy. Hãy đóng chương trình (và các cửa sổ dòng lệnh đang dùng nó) rồi bấm Thử lại." \
        /SD IDCANCEL IDRETRY retry_${EXE}
      SetErrorLevel 2
      Quit
      retry_${EXE}:
    ${Loop}
  ${EndIf}
!macroend

; The program's own files, one by one: an install folder a clerk chose may hold other files.
!macro RemoveProgramFiles
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${MAIN_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\LICENSE.txt"
!macroend

Section "!Chương trình ${APP_NAME}" SecProgram
  SectionIn RO
  !insertmacro RequireClosed "${MAIN_EXE}"
  !insertmacro RequireClosed "${CLI_EXE}"
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program's files whole (no stale library of an older version stays).
  !insertmacro RemoveProgramFiles
  File /r "${BUNDLE}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${SHORTCUT}" "$INSTDIR\${MAIN_EXE}" "" "$INSTDIR\${MAIN_EXE}" 0

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${MAIN_EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section /o "Biểu tượng trên màn hình nền" SecDesktop
  CreateShortcut "$DESKTOP\${SHORTCUT}" "$INSTDIR\${MAIN_EXE}" "" "$INSTDIR\${MAIN_EXE}" 0
SectionEnd

Function .onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DESKTOP" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

Section "un.Chương trình ${APP_NAME}" SecUnProgram
  SectionIn RO
  !insertmacro RequireClosed "${MAIN_EXE}"
  !insertmacro RequireClosed "${CLI_EXE}"
  Delete "$SMPROGRAMS\${SHORTCUT}"
  Delete "$DESKTOP\${SHORTCUT}"
  !insertmacro RemoveProgramFiles
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd

; Unticked unless the clerk ticks it (or passes /REMOVEDATA): the data outlives the program.
Section /o "un.Xóa cả dữ liệu (cơ sở dữ liệu, bản sao lưu, nhật ký, thiết lập)" SecUnData
  RMDir /r "${DATA_DIR}"
  ; The window's settings (Qt, INI in Roaming AppData) and what versions before 0.2 kept there.
  RMDir /r "$APPDATA\${APP_ID}"
SectionEnd

Function un.onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecUnData}
  ${EndIf}
FunctionEnd
