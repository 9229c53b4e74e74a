# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'actions_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ActionsPage(object):
    def setupUi(self, ActionsPage):
        if not ActionsPage.objectName():
            ActionsPage.setObjectName(u"ActionsPage")
        ActionsPage.resize(900, 640)
        self.pageLayout = QVBoxLayout(ActionsPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.titleColumn = QVBoxLayout()
        self.titleColumn.setSpacing(2)
        self.titleColumn.setObjectName(u"titleColumn")
        self.titleLabel = QLabel(ActionsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.titleColumn.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(ActionsPage)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)
        self.subtitleLabel.setProperty(u"role", u"muted")

        self.titleColumn.addWidget(self.subtitleLabel)


        self.headerRow.addLayout(self.titleColumn)

        self.addButton = QPushButton(ActionsPage)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setProperty(u"accent", u"true")

        self.headerRow.addWidget(self.addButton)

        self.headerRow.setStretch(0, 1)

        self.pageLayout.addLayout(self.headerRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(8)
        self.filterRow.setObjectName(u"filterRow")
        self.statusFilterLabel = QLabel(ActionsPage)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterRow.addWidget(self.statusFilterLabel)

        self.statusFilter = QComboBox(ActionsPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow.addWidget(self.statusFilter)

        self.ownerFilterLabel = QLabel(ActionsPage)
        self.ownerFilterLabel.setObjectName(u"ownerFilterLabel")

        self.filterRow.addWidget(self.ownerFilterLabel)

        self.ownerFilter = QComboBox(ActionsPage)
        self.ownerFilter.setObjectName(u"ownerFilter")
        self.ownerFilter.setEditable(True)
        self.ownerFilter.setMinimumContentsLength(14)
        self.ownerFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterRow.addWidget(self.ownerFilter)

        self.overdueFilter = QCheckBox(ActionsPage)
        self.overdueFilter.setObjectName(u"overdueFilter")

        self.filterRow.addWidget(self.overdueFilter)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.editButton = QPushButton(ActionsPage)
        self.editButton.setObjectName(u"editButton")

        self.filterRow.addWidget(self.editButton)

        self.deleteButton = QPushButton(ActionsPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.filterRow.addWidget(self.deleteButton)


        self.pageLayout.addLayout(self.filterRow)

        self.actionsView = QTableView(ActionsPage)
        self.actionsView.setObjectName(u"actionsView")
        self.actionsView.setAlternatingRowColors(True)
        self.actionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actionsView.setWordWrap(False)
        self.actionsView.setSortingEnabled(False)

        self.pageLayout.addWidget(self.actionsView)

        self.emptyLabel = QLabel(ActionsPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"role", u"muted")

        self.pageLayout.addWidget(self.emptyLabel)

        self.detailCard = QFrame(ActionsPage)
        self.detailCard.setObjectName(u"detailCard")
        self.detailCard.setProperty(u"role", u"card")
        self.detailLayout = QVBoxLayout(self.detailCard)
        self.detailLayout.setSpacing(6)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(14, 10, 14, 10)
        self.detailTitle = QLabel(self.detailCard)
        self.detailTitle.setObjectName(u"detailTitle")
        self.detailTitle.setWordWrap(True)
        self.detailTitle.setProperty(u"role", u"sectionTitle")

        self.detailLayout.addWidget(self.detailTitle)

        self.detailMeta = QLabel(self.detailCard)
        self.detailMeta.setObjectName(u"detailMeta")
        self.detailMeta.setWordWrap(True)
        self.detailMeta.setProperty(u"role", u"muted")

        self.detailLayout.addWidget(self.detailMeta)

        self.detailEffect = QLabel(self.detailCard)
        self.detailEffect.setObjectName(u"detailEffect")
        self.detailEffect.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detailEffect.setWordWrap(True)

        self.detailLayout.addWidget(self.detailEffect)

        self.detailSource = QLabel(self.detailCard)
        self.detailSource.setObjectName(u"detailSource")
        self.detailSource.setWordWrap(True)
        self.detailSource.setProperty(u"role", u"descriptor")

        self.detailLayout.addWidget(self.detailSource)

        self.detailButtons = QHBoxLayout()
        self.detailButtons.setObjectName(u"detailButtons")
        self.openItemButton = QPushButton(self.detailCard)
        self.openItemButton.setObjectName(u"openItemButton")
        self.openItemButton.setFlat(False)

        self.detailButtons.addWidget(self.openItemButton)

        self.detailSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailButtons.addItem(self.detailSpacer)


        self.detailLayout.addLayout(self.detailButtons)


        self.pageLayout.addWidget(self.detailCard)

        self.pageLayout.setStretch(2, 1)

        self.retranslateUi(ActionsPage)

        QMetaObject.connectSlotsByName(ActionsPage)
    # setupUi

    def retranslateUi(self, ActionsPage):
        self.titleLabel.setText(QCoreApplication.translate("ActionsPage", u"\u6539\u8fdb\u8ba1\u5212", None))
        self.addButton.setText(QCoreApplication.translate("ActionsPage", u"\u65b0\u5efa\u6539\u8fdb\u8ba1\u5212\u2026", None))
        self.statusFilterLabel.setText(QCoreApplication.translate("ActionsPage", u"\u72b6\u6001", None))
        self.ownerFilterLabel.setText(QCoreApplication.translate("ActionsPage", u"\u8d1f\u8d23\u4eba", None))
#if QT_CONFIG(accessibility)
        self.ownerFilter.setAccessibleName(QCoreApplication.translate("ActionsPage", u"\u6309\u8d1f\u8d23\u4eba\u7b5b\u9009", None))
#endif // QT_CONFIG(accessibility)
        self.overdueFilter.setText(QCoreApplication.translate("ActionsPage", u"\u53ea\u770b\u5df2\u903e\u671f", None))
        self.editButton.setText(QCoreApplication.translate("ActionsPage", u"\u7f16\u8f91\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("ActionsPage", u"\u5220\u9664", None))
#if QT_CONFIG(accessibility)
        self.actionsView.setAccessibleName(QCoreApplication.translate("ActionsPage", u"\u6539\u8fdb\u8ba1\u5212\u5217\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.openItemButton.setText(QCoreApplication.translate("ActionsPage", u"\u6253\u5f00\u8bc4\u5206\u9879", None))
        pass
    # retranslateUi

