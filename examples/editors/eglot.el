;;; replylint in Emacs with eglot (built in from Emacs 29; `elpa-eglot' on Debian 12).
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((message-mode mail-mode text-mode markdown-mode html-mode mhtml-mode jinja2-mode)
                 . ("replylint" "server"))))
;; Check drafts as you compose them (mu4e, notmuch, Gnus use message-mode).
(add-hook 'message-mode-hook #'eglot-ensure)
(add-hook 'text-mode-hook #'eglot-ensure)
;; Optional overrides, answered to the server's workspace/configuration request:
;; (setq-default eglot-workspace-configuration '(:replylint (:lang "da" :fail-on "error")))
