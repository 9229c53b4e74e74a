# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scoring_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ScoringPanel(object):
    def setupUi(self, ScoringPanel):
        if not ScoringPanel.objectName():
            ScoringPanel.setObjectName(u"ScoringPanel")
        ScoringPanel.resize(760, 900)
        self.panelLayout = QVBoxLayout(ScoringPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(ScoringPanel)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidgetResizable(True)
        self.scoreContents = QWidget()
        self.scoreContents.setObjectName(u"scoreContents")
        self.scoreContents.setGeometry(QRect(0, 0, 740, 900))
        self.contentsLayout = QVBoxLayout(self.scoreContents)
        self.contentsLayout.setSpacing(6)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.contentsLayout.setContentsMargins(8, 10, 10, 10)
        self.assessorRow = QHBoxLayout()
        self.assessorRow.setSpacing(8)
        self.assessorRow.setObjectName(u"assessorRow")
        self.assessorLabel = QLabel(self.scoreContents)
        self.assessorLabel.setObjectName(u"assessorLabel")

        self.assessorRow.addWidget(self.assessorLabel)

        self.assessorCombo = QComboBox(self.scoreContents)
        self.assessorCombo.setObjectName(u"assessorCombo")
        self.assessorCombo.setMinimumSize(QSize(200, 0))

        self.assessorRow.addWidget(self.assessorCombo)

        self.addAssessorButton = QPushButton(self.scoreContents)
        self.addAssessorButton.setObjectName(u"addAssessorButton")

        self.assessorRow.addWidget(self.addAssessorButton)

        self.assessorSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assessorRow.addItem(self.assessorSpacer)


        self.contentsLayout.addLayout(self.assessorRow)

        self.assessorHint = QLabel(self.scoreContents)
        self.assessorHint.setObjectName(u"assessorHint")
        self.assessorHint.setWordWrap(True)
        self.assessorHint.setProperty(u"role", u"muted")

        self.contentsLayout.addWidget(self.assessorHint)

        self.factorsBox = QGroupBox(self.scoreContents)
        self.factorsBox.setObjectName(u"factorsBox")
        self.factorGrid = QGridLayout(self.factorsBox)
        self.factorGrid.setObjectName(u"factorGrid")
        self.factorGrid.setHorizontalSpacing(10)
        self.factorGrid.setVerticalSpacing(6)

        self.contentsLayout.addWidget(self.factorsBox)

        self.overallBox = QGroupBox(self.scoreContents)
        self.overallBox.setObjectName(u"overallBox")
        self.overallLayout = QVBoxLayout(self.overallBox)
        self.overallLayout.setObjectName(u"overallLayout")
        self.percentRow = QHBoxLayout()
        self.percentRow.setSpacing(10)
        self.percentRow.setObjectName(u"percentRow")
        self.percentLabel = QLabel(self.overallBox)
        self.percentLabel.setObjectName(u"percentLabel")

        self.percentRow.addWidget(self.percentLabel)

        self.percentCombo = QComboBox(self.overallBox)
        self.percentCombo.setObjectName(u"percentCombo")
        self.percentCombo.setMinimumSize(QSize(110, 0))

        self.percentRow.addWidget(self.percentCombo)

        self.bandLabel = QLabel(self.overallBox)
        self.bandLabel.setObjectName(u"bandLabel")
        self.bandLabel.setProperty(u"role", u"badge")

        self.percentRow.addWidget(self.bandLabel)

        self.pointsLabel = QLabel(self.overallBox)
        self.pointsLabel.setObjectName(u"pointsLabel")
        self.pointsLabel.setProperty(u"role", u"sectionTitle")

        self.percentRow.addWidget(self.pointsLabel)

        self.percentSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.percentRow.addItem(self.percentSpacer)


        self.overallLayout.addLayout(self.percentRow)

        self.spanWarning = QLabel(self.overallBox)
        self.spanWarning.setObjectName(u"spanWarning")
        self.spanWarning.setWordWrap(True)
        self.spanWarning.setProperty(u"role", u"warning")

        self.overallLayout.addWidget(self.spanWarning)

        self.rationaleTitle = QLabel(self.overallBox)
        self.rationaleTitle.setObjectName(u"rationaleTitle")

        self.overallLayout.addWidget(self.rationaleTitle)

        self.rationaleEdit = QPlainTextEdit(self.overallBox)
        self.rationaleEdit.setObjectName(u"rationaleEdit")
        self.rationaleEdit.setMaximumSize(QSize(16777215, 80))
        self.rationaleEdit.setTabChangesFocus(True)

        self.overallLayout.addWidget(self.rationaleEdit)


        self.contentsLayout.addWidget(self.overallBox)

        self.commentsBox = QGroupBox(self.scoreContents)
        self.commentsBox.setObjectName(u"commentsBox")
        self.commentsLayout = QVBoxLayout(self.commentsBox)
        self.commentsLayout.setObjectName(u"commentsLayout")
        self.commentsView = QTableView(self.commentsBox)
        self.commentsView.setObjectName(u"commentsView")
        self.commentsView.setMinimumSize(QSize(0, 230))
        self.commentsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.commentsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.commentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.commentsView.setWordWrap(True)

        self.commentsLayout.addWidget(self.commentsView)

        self.commentButtons = QHBoxLayout()
        self.commentButtons.setObjectName(u"commentButtons")
        self.addStrengthButton = QPushButton(self.commentsBox)
        self.addStrengthButton.setObjectName(u"addStrengthButton")

        self.commentButtons.addWidget(self.addStrengthButton)

        self.addOfiButton = QPushButton(self.commentsBox)
        self.addOfiButton.setObjectName(u"addOfiButton")

        self.commentButtons.addWidget(self.addOfiButton)

        self.editCommentButton = QPushButton(self.commentsBox)
        self.editCommentButton.setObjectName(u"editCommentButton")

        self.commentButtons.addWidget(self.editCommentButton)

        self.deleteCommentButton = QPushButton(self.commentsBox)
        self.deleteCommentButton.setObjectName(u"deleteCommentButton")

        self.commentButtons.addWidget(self.deleteCommentButton)

        self.commentSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commentButtons.addItem(self.commentSpacer)

        self.raiseActionButton = QPushButton(self.commentsBox)
        self.raiseActionButton.setObjectName(u"raiseActionButton")

        self.commentButtons.addWidget(self.raiseActionButton)


        self.commentsLayout.addLayout(self.commentButtons)


        self.contentsLayout.addWidget(self.commentsBox)

        self.consensusBox = QGroupBox(self.scoreContents)
        self.consensusBox.setObjectName(u"consensusBox")
        self.consensusLayout = QVBoxLayout(self.consensusBox)
        self.consensusLayout.setObjectName(u"consensusLayout")
        self.assessorScoresLabel = QLabel(self.consensusBox)
        self.assessorScoresLabel.setObjectName(u"assessorScoresLabel")
        self.assessorScoresLabel.setWordWrap(True)
        self.assessorScoresLabel.setTextFormat(Qt.TextFormat.RichText)

        self.consensusLayout.addWidget(self.assessorScoresLabel)

        self.spreadWarning = QLabel(self.consensusBox)
        self.spreadWarning.setObjectName(u"spreadWarning")
        self.spreadWarning.setWordWrap(True)
        self.spreadWarning.setProperty(u"role", u"warning")

        self.consensusLayout.addWidget(self.spreadWarning)

        self.consensusRow = QHBoxLayout()
        self.consensusRow.setSpacing(10)
        self.consensusRow.setObjectName(u"consensusRow")
        self.consensusLabel = QLabel(self.consensusBox)
        self.consensusLabel.setObjectName(u"consensusLabel")

        self.consensusRow.addWidget(self.consensusLabel)

        self.consensusCombo = QComboBox(self.consensusBox)
        self.consensusCombo.setObjectName(u"consensusCombo")
        self.consensusCombo.setMinimumSize(QSize(110, 0))

        self.consensusRow.addWidget(self.consensusCombo)

        self.consensusPoints = QLabel(self.consensusBox)
        self.consensusPoints.setObjectName(u"consensusPoints")
        self.consensusPoints.setProperty(u"role", u"muted")

        self.consensusRow.addWidget(self.consensusPoints)

        self.consensusSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consensusRow.addItem(self.consensusSpacer)


        self.consensusLayout.addLayout(self.consensusRow)

        self.consensusRationale = QPlainTextEdit(self.consensusBox)
        self.consensusRationale.setObjectName(u"consensusRationale")
        self.consensusRationale.setMaximumSize(QSize(16777215, 70))
        self.consensusRationale.setTabChangesFocus(True)

        self.consensusLayout.addWidget(self.consensusRationale)

        self.leadHint = QLabel(self.consensusBox)
        self.leadHint.setObjectName(u"leadHint")
        self.leadHint.setWordWrap(True)
        self.leadHint.setProperty(u"role", u"muted")

        self.consensusLayout.addWidget(self.leadHint)


        self.contentsLayout.addWidget(self.consensusBox)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.bottomSpacer)

        self.scroll.setWidget(self.scoreContents)

        self.panelLayout.addWidget(self.scroll)


        self.retranslateUi(ScoringPanel)

        QMetaObject.connectSlotsByName(ScoringPanel)
    # setupUi

    def retranslateUi(self, ScoringPanel):
        self.assessorLabel.setText(QCoreApplication.translate("ScoringPanel", u"\u8bc4\u5206\u4eba", None))
        self.addAssessorButton.setText(QCoreApplication.translate("ScoringPanel", u"\u6dfb\u52a0\u8bc4\u5ba1\u5458\u2026", None))
        self.factorsBox.setTitle(QCoreApplication.translate("ScoringPanel", u"\u8981\u7d20\u8bc4\u4ef7", None))
        self.overallBox.setTitle(QCoreApplication.translate("ScoringPanel", u"\u603b\u4f53\u8bc4\u5206", None))
        self.percentLabel.setText(QCoreApplication.translate("ScoringPanel", u"\u767e\u5206\u6bd4", None))
        self.rationaleTitle.setText(QCoreApplication.translate("ScoringPanel", u"\u8bc4\u5206\u7406\u7531", None))
        self.rationaleEdit.setPlaceholderText(QCoreApplication.translate("ScoringPanel", u"\u7b80\u8981\u8bf4\u660e\u7ed9\u51fa\u8fd9\u4e2a\u5206\u6570\u7684\u7406\u7531\uff1a\u505a\u6cd5\u7684\u7cfb\u7edf\u6027\u3001\u5c55\u5f00\u8303\u56f4\u3001\u6539\u8fdb\u8bc1\u636e\u548c\u6574\u5408\u7a0b\u5ea6\u3002", None))
        self.commentsBox.setTitle(QCoreApplication.translate("ScoringPanel", u"\u4f18\u52bf\u4e0e\u6539\u8fdb\u673a\u4f1a", None))
        self.addStrengthButton.setText(QCoreApplication.translate("ScoringPanel", u"\u6dfb\u52a0\u4f18\u52bf\u2026", None))
        self.addOfiButton.setText(QCoreApplication.translate("ScoringPanel", u"\u6dfb\u52a0\u6539\u8fdb\u673a\u4f1a\u2026", None))
        self.editCommentButton.setText(QCoreApplication.translate("ScoringPanel", u"\u7f16\u8f91\u2026", None))
        self.deleteCommentButton.setText(QCoreApplication.translate("ScoringPanel", u"\u5220\u9664", None))
        self.raiseActionButton.setText(QCoreApplication.translate("ScoringPanel", u"\u63d0\u51fa\u6539\u8fdb\u8ba1\u5212\u2026", None))
        self.consensusBox.setTitle(QCoreApplication.translate("ScoringPanel", u"\u56e2\u961f\u5171\u8bc6", None))
        self.consensusLabel.setText(QCoreApplication.translate("ScoringPanel", u"\u5171\u8bc6\u767e\u5206\u6bd4", None))
        self.consensusRationale.setPlaceholderText(QCoreApplication.translate("ScoringPanel", u"\u5171\u8bc6\u7406\u7531\uff1a\u5c0f\u7ec4\u8ba8\u8bba\u540e\u4e3a\u4ec0\u4e48\u5b9a\u5728\u8fd9\u4e2a\u5206\u6570\u3002", None))
        pass
    # retranslateUi

