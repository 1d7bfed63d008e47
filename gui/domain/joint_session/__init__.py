"""The count in Congress: the joint session that opens the certificates, objections, each House's
vote and what a decision does to the votes and to the base.

``rules`` holds the rules of each era and the effect of a decision (no scenario needed: the
scenario itself reads the effect), ``record`` the recorded sessions; gui.domain.count_session
the count of a scenario (certificates in the order opened, votes from the party make-up). Results carry codes
and numbers; gui.present.count says them in words.
"""
