;;; mu4e-replylint.el --- check replies with replylint before sending  -*- lexical-binding: t -*-
;; For mu4e and notmuch (both send with message-mode). Add to your init file.
;; The buffer is checked as a whole message; findings are shown and the send is
;; aborted unless you confirm.

(require 'json)

(defun replylint-check-message ()
  "Run replylint on the message being sent; ask before sending when it finds problems."
  (let* ((message (buffer-substring-no-properties (point-min) (point-max)))
         (output (with-temp-buffer
                   (insert message)
                   (call-process-region (point-min) (point-max) "replylint" t t nil
                                        "check" "--format" "json" "--stdin-format" "eml" "-")
                   (buffer-string)))
         (data (ignore-errors (json-parse-string output :object-type 'alist)))
         (file (and data (aref (alist-get 'files data) 0)))
         (findings (and file (alist-get 'findings file))))
    (when (and findings (> (length findings) 0))
      (let ((text (mapconcat (lambda (f)
                               (format "%s:%s [%s] %s"
                                       (alist-get 'line f) (alist-get 'column f)
                                       (alist-get 'rule f) (alist-get 'message f)))
                             findings "\n")))
        (unless (yes-or-no-p (format "replylint found:\n%s\nSend anyway? " text))
          (error "Not sent: fix the draft (replylint)"))))))

(add-hook 'message-send-hook #'replylint-check-message)

(provide 'mu4e-replylint)
;;; mu4e-replylint.el ends here
