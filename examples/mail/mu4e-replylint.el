;;; mu4e-replylint.el --- stop a reply with problems before Emacs sends it  -*- lexical-binding: t -*-

;; For mu4e, notmuch, Gnus and plain `M-x message-mail': all of them send with
;; message-mode, which runs `message-send-hook' before anything leaves.
;;
;; Install: put this file on your `load-path' and add to your init file
;;   (require 'mu4e-replylint)
;;
;; On C-c C-c the compose buffer is checked as the message it will become (the
;; "--text follows this line--" separator is the blank line after the headers,
;; MML tags are blanked, so line numbers are the compose buffer's).  When
;; replylint finds something, the reasons appear in the *replylint* buffer and
;; you are asked "Send anyway?": `y' sends, `n' keeps you in the draft.  When
;; replylint cannot run or cannot check the message, the message is sent and
;; the echo area says why: a broken checker never holds your mail back.
;;
;; Settings come from `replylint-config-file', by default the same user-level
;; file `replylint sendmail' reads ($XDG_CONFIG_HOME/replylint/config.toml),
;; never from the directory Emacs happens to be in.

;;; Code:

(require 'message)

(defgroup replylint nil
  "Check support replies with replylint before sending."
  :group 'message)

(defcustom replylint-program "replylint"
  "The replylint command."
  :type 'string)

(defcustom replylint-extra-arguments nil
  "More arguments for `replylint check', e.g. (\"--fail-on\" \"error\")."
  :type '(repeat string))

(defcustom replylint-config-file nil
  "Config file to use; nil means the user-level config when it exists."
  :type '(choice (const :tag "User-level config" nil) file))

(defcustom replylint-timeout 30
  "Seconds to wait for replylint before sending unchecked."
  :type 'number)

(defconst replylint--mml-tag
  "^<#/?\\(?:part\\|multipart\\|secure\\|mml\\|external\\)\\_>[^\n]*>$"
  "An MML tag line: markup for message-mode, not words the customer reads.")

(defun replylint--user-config ()
  "The user-level config file `replylint sendmail' reads, or nil when absent."
  (let ((file (expand-file-name "replylint/config.toml"
                                (or (getenv "XDG_CONFIG_HOME") "~/.config"))))
    (and (file-readable-p file) file)))

(defun replylint--message-text ()
  "The compose buffer as an RFC 5322 message, line for line."
  (let ((text (save-restriction
                (widen)
                (buffer-substring-no-properties (point-min) (point-max)))))
    (with-temp-buffer
      (insert text)
      (goto-char (point-min))
      (when (re-search-forward
             (concat "^" (regexp-quote mail-header-separator) "$") nil t)
        (replace-match "" t t))
      (while (re-search-forward replylint--mml-tag nil t)
        (replace-match "" t t))
      (buffer-string))))

(defun replylint--arguments (file)
  "The command line: a text report on FILE, with a fixed config."
  (let ((config (or replylint-config-file (replylint--user-config))))
    (append (list replylint-program "check" "--format" "text" "--no-color")
            (if config (list "--config" (expand-file-name config)) (list "--no-config"))
            replylint-extra-arguments
            (list file))))

(defun replylint--run (text)
  "Check TEXT; return (STATUS REPORT ERRORS), STATUS nil when replylint did not finish."
  (let ((directory (make-temp-file "replylint" t)))
    (unwind-protect
        (condition-case failure
            ;; A file, not a pipe: a checker that dies early cannot take Emacs with it.
            (let ((file (expand-file-name "draft.eml" directory))
                  (coding-system-for-write 'utf-8-unix))
              (write-region text nil file nil 'silent)
              (replylint--run-process file))
          (error (list nil "" (error-message-string failure))))
      (delete-directory directory t))))

(defun replylint--run-process (file)
  "Run replylint on FILE with a deadline; the report names it `draft'."
  (unless (executable-find replylint-program)
    (error "%s: command not found" replylint-program))
  (let* ((out (generate-new-buffer " *replylint-out*"))
         (err (generate-new-buffer " *replylint-err*"))
         (process (make-process :name "replylint" :buffer out :stderr err
                                :command (replylint--arguments file)
                                :coding 'utf-8-unix :connection-type 'pipe
                                :noquery t :sentinel #'ignore)))
    (unwind-protect
        (let ((stderr (get-buffer-process err))
              (deadline (+ (float-time) replylint-timeout)))
          (when stderr (set-process-sentinel stderr #'ignore))
          (while (and (or (process-live-p process) (and stderr (process-live-p stderr)))
                      (< (float-time) deadline))
            (accept-process-output nil 0.05))
          (when (process-live-p process)
            (delete-process process)
            (error "no answer within %s seconds" replylint-timeout))
          (list (and (eq (process-status process) 'exit) (process-exit-status process))
                (with-current-buffer out
                  (replace-regexp-in-string (regexp-quote file) "draft" (buffer-string) t t))
                (with-current-buffer err (string-trim (buffer-string)))))
      (kill-buffer out)
      (kill-buffer err))))

(defun replylint--show (report)
  "Show REPORT in the *replylint* buffer (and on stderr in batch mode)."
  (with-current-buffer (get-buffer-create "*replylint*")
    (let ((inhibit-read-only t))
      (erase-buffer)
      (insert "Line numbers are the compose buffer's.\n\n" report))
    (goto-char (point-min))
    (special-mode))
  (if noninteractive
      (message "%s" report)
    (display-buffer "*replylint*")))

(defun replylint-check-message ()
  "Check the message about to be sent; stop the send unless the agent says `y'."
  (pcase-let ((`(,status ,report ,errors) (replylint--run (replylint--message-text))))
    (pcase status
      (0 nil)
      (1 (replylint--show report)
         (unless (y-or-n-p "replylint found problems (see *replylint*). Send anyway? ")
           (user-error "Not sent: replylint found problems; see *replylint*")))
      (_ (message "replylint could not check this message (%s); sending it unchecked"
                  (car (split-string
                        (if (string-empty-p errors) (format "status %s" status) errors)
                        "\n")))))))

(add-hook 'message-send-hook #'replylint-check-message)

(provide 'mu4e-replylint)
;;; mu4e-replylint.el ends here
