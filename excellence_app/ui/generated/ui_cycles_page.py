# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cycles_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CyclesPage(object):
    def setupUi(self, CyclesPage):
        if not CyclesPage.objectName():
            CyclesPage.setObjectName(u"CyclesPage")
        CyclesPage.resize(960, 660)
        self.pageLayout = QVBoxLayout(CyclesPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 8)
        self.titleLabel = QLabel(CyclesPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(CyclesPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"muted")

        self.pageLayout.addWidget(self.introLabel)

        self.topLayout = QHBoxLayout()
        self.topLayout.setSpacing(12)
        self.topLayout.setObjectName(u"topLayout")
        self.cyclesBox = QGroupBox(CyclesPage)
        self.cyclesBox.setObjectName(u"cyclesBox")
        self.cyclesLayout = QVBoxLayout(self.cyclesBox)
        self.cyclesLayout.setSpacing(6)
        self.cyclesLayout.setObjectName(u"cyclesLayout")
        self.cycleTable = QTableWidget(self.cyclesBox)
        self.cycleTable.setObjectName(u"cycleTable")
        self.cycleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cycleTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cycleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.cyclesLayout.addWidget(self.cycleTable)

        self.cycleButtons = QHBoxLayout()
        self.cycleButtons.setSpacing(6)
        self.cycleButtons.setObjectName(u"cycleButtons")
        self.newCycleButton = QPushButton(self.cyclesBox)
        self.newCycleButton.setObjectName(u"newCycleButton")
        self.newCycleButton.setProperty(u"accent", True)

        self.cycleButtons.addWidget(self.newCycleButton)

        self.switchButton = QPushButton(self.cyclesBox)
        self.switchButton.setObjectName(u"switchButton")

        self.cycleButtons.addWidget(self.switchButton)

        self.renameButton = QPushButton(self.cyclesBox)
        self.renameButton.setObjectName(u"renameButton")

        self.cycleButtons.addWidget(self.renameButton)

        self.deleteButton = QPushButton(self.cyclesBox)
        self.deleteButton.setObjectName(u"deleteButton")

        self.cycleButtons.addWidget(self.deleteButton)

        self.cycleSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cycleButtons.addItem(self.cycleSpacer)


        self.cyclesLayout.addLayout(self.cycleButtons)


        self.topLayout.addWidget(self.cyclesBox)

        self.awardBox = QGroupBox(CyclesPage)
        self.awardBox.setObjectName(u"awardBox")
        self.awardLayout = QVBoxLayout(self.awardBox)
        self.awardLayout.setSpacing(8)
        self.awardLayout.setObjectName(u"awardLayout")
        self.awardCombo = QComboBox(self.awardBox)
        self.awardCombo.setObjectName(u"awardCombo")

        self.awardLayout.addWidget(self.awardCombo)

        self.limitsGrid = QGridLayout()
        self.limitsGrid.setObjectName(u"limitsGrid")
        self.limitsGrid.setHorizontalSpacing(10)
        self.limitsGrid.setVerticalSpacing(6)
        self.profileCaption = QLabel(self.awardBox)
        self.profileCaption.setObjectName(u"profileCaption")

        self.limitsGrid.addWidget(self.profileCaption, 0, 0, 1, 1)

        self.profileBar = QProgressBar(self.awardBox)
        self.profileBar.setObjectName(u"profileBar")
        self.profileBar.setMaximumSize(QSize(16777215, 8))
        self.profileBar.setTextVisible(False)

        self.limitsGrid.addWidget(self.profileBar, 0, 1, 1, 1)

        self.profileValue = QLabel(self.awardBox)
        self.profileValue.setObjectName(u"profileValue")
        self.profileValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.limitsGrid.addWidget(self.profileValue, 0, 2, 1, 1)

        self.reportCaption = QLabel(self.awardBox)
        self.reportCaption.setObjectName(u"reportCaption")

        self.limitsGrid.addWidget(self.reportCaption, 1, 0, 1, 1)

        self.reportBar = QProgressBar(self.awardBox)
        self.reportBar.setObjectName(u"reportBar")
        self.reportBar.setMaximumSize(QSize(16777215, 8))
        self.reportBar.setTextVisible(False)

        self.limitsGrid.addWidget(self.reportBar, 1, 1, 1, 1)

        self.reportValue = QLabel(self.awardBox)
        self.reportValue.setObjectName(u"reportValue")
        self.reportValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.limitsGrid.addWidget(self.reportValue, 1, 2, 1, 1)

        self.pagesCaption = QLabel(self.awardBox)
        self.pagesCaption.setObjectName(u"pagesCaption")

        self.limitsGrid.addWidget(self.pagesCaption, 2, 0, 1, 1)

        self.pagesValue = QLabel(self.awardBox)
        self.pagesValue.setObjectName(u"pagesValue")
        self.pagesValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.limitsGrid.addWidget(self.pagesValue, 2, 2, 1, 1)

        self.asOfCaption = QLabel(self.awardBox)
        self.asOfCaption.setObjectName(u"asOfCaption")

        self.limitsGrid.addWidget(self.asOfCaption, 3, 0, 1, 1)

        self.asOfEdit = QDateEdit(self.awardBox)
        self.asOfEdit.setObjectName(u"asOfEdit")
        self.asOfEdit.setCalendarPopup(True)
        self.asOfEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.limitsGrid.addWidget(self.asOfEdit, 3, 1, 1, 2)

        self.submittedCaption = QLabel(self.awardBox)
        self.submittedCaption.setObjectName(u"submittedCaption")

        self.limitsGrid.addWidget(self.submittedCaption, 4, 0, 1, 1)

        self.submittedEdit = QDateEdit(self.awardBox)
        self.submittedEdit.setObjectName(u"submittedEdit")
        self.submittedEdit.setCalendarPopup(True)
        self.submittedEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.limitsGrid.addWidget(self.submittedEdit, 4, 1, 1, 2)


        self.awardLayout.addLayout(self.limitsGrid)

        self.awardHint = QLabel(self.awardBox)
        self.awardHint.setObjectName(u"awardHint")
        self.awardHint.setWordWrap(True)
        self.awardHint.setProperty(u"role", u"muted")

        self.awardLayout.addWidget(self.awardHint)

        self.awardSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.awardLayout.addItem(self.awardSpacer)


        self.topLayout.addWidget(self.awardBox)

        self.topLayout.setStretch(0, 3)
        self.topLayout.setStretch(1, 2)

        self.pageLayout.addLayout(self.topLayout)

        self.profilesBox = QGroupBox(CyclesPage)
        self.profilesBox.setObjectName(u"profilesBox")
        self.profilesLayout = QVBoxLayout(self.profilesBox)
        self.profilesLayout.setSpacing(6)
        self.profilesLayout.setObjectName(u"profilesLayout")
        self.profileTable = QTableWidget(self.profilesBox)
        self.profileTable.setObjectName(u"profileTable")
        self.profileTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.profileTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.profileTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.profilesLayout.addWidget(self.profileTable)

        self.profileButtons = QHBoxLayout()
        self.profileButtons.setSpacing(6)
        self.profileButtons.setObjectName(u"profileButtons")
        self.newProfileButton = QPushButton(self.profilesBox)
        self.newProfileButton.setObjectName(u"newProfileButton")

        self.profileButtons.addWidget(self.newProfileButton)

        self.editProfileButton = QPushButton(self.profilesBox)
        self.editProfileButton.setObjectName(u"editProfileButton")

        self.profileButtons.addWidget(self.editProfileButton)

        self.profilesHint = QLabel(self.profilesBox)
        self.profilesHint.setObjectName(u"profilesHint")
        self.profilesHint.setWordWrap(True)
        self.profilesHint.setProperty(u"role", u"muted")

        self.profileButtons.addWidget(self.profilesHint)

        self.profileButtons.setStretch(2, 1)

        self.profilesLayout.addLayout(self.profileButtons)


        self.pageLayout.addWidget(self.profilesBox)

#if QT_CONFIG(shortcut)
        self.asOfCaption.setBuddy(self.asOfEdit)
        self.submittedCaption.setBuddy(self.submittedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CyclesPage)

        QMetaObject.connectSlotsByName(CyclesPage)
    # setupUi

    def retranslateUi(self, CyclesPage):
        self.titleLabel.setText(QCoreApplication.translate("CyclesPage", u"\u5468\u671f\u4e0e\u8bc4\u5956", None))
        self.introLabel.setText(QCoreApplication.translate("CyclesPage", u"\u6bcf\u6b21\u81ea\u8bc4\u662f\u4e00\u4e2a\u8bc4\u4ef7\u5468\u671f\u3002\u65b0\u5468\u671f\u53ef\u4ee5\u590d\u5236\u4e0a\u4e00\u5468\u671f\u7684\u5185\u5bb9\u63a5\u7740\u5199\uff1b\u6bcf\u4e2a\u5468\u671f\u9009\u5b9a\u7533\u62a5\u7684\u5956\u9879\uff0c\u5b57\u6570\u6309\u8be5\u5956\u9879\u7684\u4e0a\u9650\u68c0\u67e5\u3002", None))
        self.cyclesBox.setTitle(QCoreApplication.translate("CyclesPage", u"\u8bc4\u4ef7\u5468\u671f", None))
        self.newCycleButton.setText(QCoreApplication.translate("CyclesPage", u"\u65b0\u5efa\u5468\u671f\u2026", None))
        self.switchButton.setText(QCoreApplication.translate("CyclesPage", u"\u5207\u6362\u5230\u6b64\u5468\u671f", None))
        self.renameButton.setText(QCoreApplication.translate("CyclesPage", u"\u91cd\u547d\u540d\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("CyclesPage", u"\u5220\u9664\u2026", None))
        self.awardBox.setTitle(QCoreApplication.translate("CyclesPage", u"\u672c\u5468\u671f\u7533\u62a5\u7684\u5956\u9879", None))
        self.profileCaption.setText(QCoreApplication.translate("CyclesPage", u"\u7ec4\u7ec7\u6982\u8ff0", None))
        self.reportCaption.setText(QCoreApplication.translate("CyclesPage", u"\u81ea\u8bc4\u62a5\u544a", None))
        self.pagesCaption.setText(QCoreApplication.translate("CyclesPage", u"\u9875\u6570\u4e0a\u9650", None))
        self.asOfCaption.setText(QCoreApplication.translate("CyclesPage", u"\u6570\u636e\u622a\u81f3", None))
#if QT_CONFIG(tooltip)
        self.asOfEdit.setToolTip(QCoreApplication.translate("CyclesPage", u"\u672c\u5468\u671f\u7684\u6570\u636e\u548c\u5f15\u7528\u622a\u81f3\u54ea\u4e00\u5929\u3002\u201c\u68c0\u67e5\u201d\u4f1a\u6307\u51fa\u665a\u4e8e\u8fd9\u4e00\u5929\u7684\u6570\u636e\u671f\u95f4\u3001\u65e5\u671f\u548c\u5f15\u7528\uff08\u4f8b\u5982 9 \u6708\u5199\u6210\u7684\u81ea\u8bc4\u91cc\u51fa\u73b0\u201c\u5168\u5e74\u201d\u6570\u636e\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.asOfEdit.setSpecialValueText(QCoreApplication.translate("CyclesPage", u"\u672a\u8bbe\u5b9a", None))
        self.submittedCaption.setText(QCoreApplication.translate("CyclesPage", u"\u7533\u62a5\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.submittedEdit.setToolTip(QCoreApplication.translate("CyclesPage", u"\u5370\u5728\u5c01\u9762\u3001\u7533\u62a5\u8868\u3001\u627f\u8bfa\u4e66\u548c\u81ea\u8bc4\u8868\u4e0a\u7684\u7533\u62a5\u65e5\u671f\u3002\u672a\u8bbe\u5b9a\u65f6\u5c01\u9762\u5370\u5bfc\u51fa\u5f53\u5929\uff0c\u7b7e\u5b57\u9875\u7559\u7a7a\u5f85\u624b\u5199\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.submittedEdit.setSpecialValueText(QCoreApplication.translate("CyclesPage", u"\u672a\u8bbe\u5b9a", None))
        self.awardHint.setText(QCoreApplication.translate("CyclesPage", u"\u5b57\u6570\u6309 Word \u7684\u201c\u5b57\u6570\u7edf\u8ba1\u201d\u89c4\u5219\uff1a\u6bcf\u4e2a\u6c49\u5b57\u6216\u5168\u89d2\u6807\u70b9\u8ba1 1\uff0c\u6bcf\u4e32\u8fde\u7eed\u7684\u5b57\u6bcd\u6216\u6570\u5b57\u8ba1 1\u3002", None))
        self.profilesBox.setTitle(QCoreApplication.translate("CyclesPage", u"\u8bc4\u5956\u914d\u7f6e", None))
#if QT_CONFIG(tooltip)
        self.newProfileButton.setToolTip(QCoreApplication.translate("CyclesPage", u"\u4ee5\u6240\u9009\u914d\u7f6e\u4e3a\u6a21\u677f\uff0c\u65b0\u5efa\u672c\u9879\u76ee\u81ea\u5df1\u7684\u8bc4\u5956\u914d\u7f6e", None))
#endif // QT_CONFIG(tooltip)
        self.newProfileButton.setText(QCoreApplication.translate("CyclesPage", u"\u65b0\u5efa\u914d\u7f6e\u2026", None))
        self.editProfileButton.setText(QCoreApplication.translate("CyclesPage", u"\u4fee\u6539\u2026", None))
        self.profilesHint.setText(QCoreApplication.translate("CyclesPage", u"\u5185\u7f6e\u914d\u7f6e\u4e0d\u80fd\u4fee\u6539\uff1b\u5404\u5730\u5956\u9879\u7684\u8981\u6c42\u4e0d\u540c\u65f6\uff0c\u4ee5\u5185\u7f6e\u914d\u7f6e\u4e3a\u6a21\u677f\u65b0\u5efa\u4e00\u4e2a\uff0c\u518d\u6309\u7533\u62a5\u901a\u77e5\u8c03\u6574\u4e0a\u9650\u3002", None))
        pass
    # retranslateUi

