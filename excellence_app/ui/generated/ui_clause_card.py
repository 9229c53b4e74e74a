# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'clause_card.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QLabel, QSizePolicy, QSpacerItem, QToolButton,
    QVBoxLayout, QWidget)

from excellence_app.ui.widgets.rich_text import RichTextEdit

class Ui_ClauseCard(object):
    def setupUi(self, ClauseCard):
        if not ClauseCard.objectName():
            ClauseCard.setObjectName(u"ClauseCard")
        ClauseCard.resize(720, 360)
        ClauseCard.setProperty(u"role", u"card")
        self.cardLayout = QVBoxLayout(ClauseCard)
        self.cardLayout.setSpacing(6)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(14, 12, 14, 12)
        self.titleRow = QHBoxLayout()
        self.titleRow.setSpacing(8)
        self.titleRow.setObjectName(u"titleRow")
        self.statusIcon = QLabel(ClauseCard)
        self.statusIcon.setObjectName(u"statusIcon")
        self.statusIcon.setMinimumSize(QSize(18, 18))
        self.statusIcon.setMaximumSize(QSize(18, 18))

        self.titleRow.addWidget(self.statusIcon)

        self.titleLabel = QLabel(ClauseCard)
        self.titleLabel.setObjectName(u"titleLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"sectionTitle")

        self.titleRow.addWidget(self.titleLabel)

        self.statusLabel = QLabel(ClauseCard)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setProperty(u"role", u"muted")

        self.titleRow.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(ClauseCard)
        self.statusCombo.setObjectName(u"statusCombo")

        self.titleRow.addWidget(self.statusCombo)


        self.cardLayout.addLayout(self.titleRow)

        self.guideToggle = QToolButton(ClauseCard)
        self.guideToggle.setObjectName(u"guideToggle")
        self.guideToggle.setCheckable(True)
        self.guideToggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.guideToggle.setArrowType(Qt.ArrowType.RightArrow)
        self.guideToggle.setProperty(u"role", u"disclosure")

        self.cardLayout.addWidget(self.guideToggle)

        self.guideFrame = QFrame(ClauseCard)
        self.guideFrame.setObjectName(u"guideFrame")
        self.guideFrame.setProperty(u"role", u"guidance")
        self.guideLayout = QVBoxLayout(self.guideFrame)
        self.guideLayout.setSpacing(4)
        self.guideLayout.setObjectName(u"guideLayout")
        self.guidanceLabel = QLabel(self.guideFrame)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setWordWrap(True)
        self.guidanceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.guideLayout.addWidget(self.guidanceLabel)

        self.questionsTitle = QLabel(self.guideFrame)
        self.questionsTitle.setObjectName(u"questionsTitle")
        self.questionsTitle.setProperty(u"role", u"sectionTitle")

        self.guideLayout.addWidget(self.questionsTitle)

        self.questionsLabel = QLabel(self.guideFrame)
        self.questionsLabel.setObjectName(u"questionsLabel")
        self.questionsLabel.setWordWrap(True)
        self.questionsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.questionsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.guideLayout.addWidget(self.questionsLabel)


        self.cardLayout.addWidget(self.guideFrame)

        self.toolbarFrame = QFrame(ClauseCard)
        self.toolbarFrame.setObjectName(u"toolbarFrame")
        self.toolbarFrame.setProperty(u"role", u"editorToolbar")
        self.toolbarLayout = QHBoxLayout(self.toolbarFrame)
        self.toolbarLayout.setSpacing(2)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.toolbarLayout.setContentsMargins(4, 2, 8, 2)
        self.boldButton = QToolButton(self.toolbarFrame)
        self.boldButton.setObjectName(u"boldButton")
        self.boldButton.setCheckable(True)
        self.boldButton.setProperty(u"role", u"format")

        self.toolbarLayout.addWidget(self.boldButton)

        self.bulletButton = QToolButton(self.toolbarFrame)
        self.bulletButton.setObjectName(u"bulletButton")
        self.bulletButton.setCheckable(True)
        self.bulletButton.setProperty(u"role", u"format")

        self.toolbarLayout.addWidget(self.bulletButton)

        self.numberButton = QToolButton(self.toolbarFrame)
        self.numberButton.setObjectName(u"numberButton")
        self.numberButton.setCheckable(True)
        self.numberButton.setProperty(u"role", u"format")

        self.toolbarLayout.addWidget(self.numberButton)

        self.tableButton = QToolButton(self.toolbarFrame)
        self.tableButton.setObjectName(u"tableButton")
        self.tableButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tableButton.setProperty(u"role", u"format")

        self.toolbarLayout.addWidget(self.tableButton)

        self.toolbarSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.charsLabel = QLabel(self.toolbarFrame)
        self.charsLabel.setObjectName(u"charsLabel")
        self.charsLabel.setProperty(u"role", u"muted")

        self.toolbarLayout.addWidget(self.charsLabel)


        self.cardLayout.addWidget(self.toolbarFrame)

        self.editor = RichTextEdit(ClauseCard)
        self.editor.setObjectName(u"editor")
        self.editor.setTabChangesFocus(True)
        self.editor.setAcceptRichText(True)
        self.editor.setProperty(u"role", u"clauseEditor")

        self.cardLayout.addWidget(self.editor)


        self.retranslateUi(ClauseCard)

        QMetaObject.connectSlotsByName(ClauseCard)
    # setupUi

    def retranslateUi(self, ClauseCard):
        self.statusLabel.setText(QCoreApplication.translate("ClauseCard", u"\u72b6\u6001", None))
        self.guideToggle.setText(QCoreApplication.translate("ClauseCard", u"\u5199\u4f5c\u6307\u5357\u4e0e\u5173\u952e\u95ee\u9898", None))
        self.questionsTitle.setText(QCoreApplication.translate("ClauseCard", u"\u5173\u952e\u95ee\u9898", None))
#if QT_CONFIG(tooltip)
        self.boldButton.setToolTip(QCoreApplication.translate("ClauseCard", u"\u52a0\u7c97\uff08Ctrl+B\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.bulletButton.setToolTip(QCoreApplication.translate("ClauseCard", u"\u9879\u76ee\u7b26\u53f7\u5217\u8868", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.numberButton.setToolTip(QCoreApplication.translate("ClauseCard", u"\u7f16\u53f7\u5217\u8868", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.tableButton.setToolTip(QCoreApplication.translate("ClauseCard", u"\u63d2\u5165\u8868\u683c", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

