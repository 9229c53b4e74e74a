# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'present_page.ui'
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
    QLabel, QPushButton, QSizePolicy, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_PresentPage(object):
    def setupUi(self, PresentPage):
        if not PresentPage.objectName():
            PresentPage.setObjectName(u"PresentPage")
        PresentPage.resize(980, 640)
        PresentPage.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pageLayout = QVBoxLayout(PresentPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 8)
        self.topBar = QFrame(PresentPage)
        self.topBar.setObjectName(u"topBar")
        self.topLayout = QHBoxLayout(self.topBar)
        self.topLayout.setSpacing(8)
        self.topLayout.setObjectName(u"topLayout")
        self.topLayout.setContentsMargins(0, 0, 0, 0)
        self.titleColumn = QVBoxLayout()
        self.titleColumn.setSpacing(2)
        self.titleColumn.setObjectName(u"titleColumn")
        self.titleLabel = QLabel(self.topBar)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.titleColumn.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(self.topBar)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)
        self.subtitleLabel.setProperty(u"role", u"muted")

        self.titleColumn.addWidget(self.subtitleLabel)


        self.topLayout.addLayout(self.titleColumn)

        self.jumpLabel = QLabel(self.topBar)
        self.jumpLabel.setObjectName(u"jumpLabel")

        self.topLayout.addWidget(self.jumpLabel)

        self.itemCombo = QComboBox(self.topBar)
        self.itemCombo.setObjectName(u"itemCombo")
        self.itemCombo.setMinimumContentsLength(16)
        self.itemCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.topLayout.addWidget(self.itemCombo)

        self.prevButton = QPushButton(self.topBar)
        self.prevButton.setObjectName(u"prevButton")

        self.topLayout.addWidget(self.prevButton)

        self.positionLabel = QLabel(self.topBar)
        self.positionLabel.setObjectName(u"positionLabel")
        self.positionLabel.setProperty(u"role", u"muted")

        self.topLayout.addWidget(self.positionLabel)

        self.nextButton = QPushButton(self.topBar)
        self.nextButton.setObjectName(u"nextButton")

        self.topLayout.addWidget(self.nextButton)

        self.fullButton = QPushButton(self.topBar)
        self.fullButton.setObjectName(u"fullButton")
        self.fullButton.setProperty(u"accent", u"true")

        self.topLayout.addWidget(self.fullButton)

        self.topLayout.setStretch(0, 1)

        self.pageLayout.addWidget(self.topBar)

        self.slideFrame = QFrame(PresentPage)
        self.slideFrame.setObjectName(u"slideFrame")
        self.slideFrame.setProperty(u"role", u"card")
        self.slideLayout = QVBoxLayout(self.slideFrame)
        self.slideLayout.setObjectName(u"slideLayout")
        self.slideLayout.setContentsMargins(36, 24, 36, 16)
        self.slideView = QTextBrowser(self.slideFrame)
        self.slideView.setObjectName(u"slideView")
        self.slideView.setOpenLinks(False)
        self.slideView.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.slideView.setFrameShape(QFrame.Shape.NoFrame)
        self.slideView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.slideLayout.addWidget(self.slideView)


        self.pageLayout.addWidget(self.slideFrame)

        self.footerLabel = QLabel(PresentPage)
        self.footerLabel.setObjectName(u"footerLabel")
        self.footerLabel.setProperty(u"role", u"muted")

        self.pageLayout.addWidget(self.footerLabel)

        self.pageLayout.setStretch(1, 1)

        self.retranslateUi(PresentPage)

        QMetaObject.connectSlotsByName(PresentPage)
    # setupUi

    def retranslateUi(self, PresentPage):
        self.titleLabel.setText(QCoreApplication.translate("PresentPage", u"\u57f9\u8bad\u6f14\u793a", None))
        self.subtitleLabel.setText(QCoreApplication.translate("PresentPage", u"\u9010\u9879\u8bb2\u89e3\u51c6\u5219\u6761\u6b3e\u4e0e\u8bc4\u5206\u6307\u5357\uff08\u53ea\u8bfb\uff09", None))
        self.jumpLabel.setText(QCoreApplication.translate("PresentPage", u"\u8bc4\u5206\u9879", None))
        self.prevButton.setText(QCoreApplication.translate("PresentPage", u"\u4e0a\u4e00\u9875", None))
        self.nextButton.setText(QCoreApplication.translate("PresentPage", u"\u4e0b\u4e00\u9875", None))
        self.fullButton.setText(QCoreApplication.translate("PresentPage", u"\u5168\u5c4f\u6f14\u793a", None))
#if QT_CONFIG(accessibility)
        self.slideView.setAccessibleName(QCoreApplication.translate("PresentPage", u"\u6f14\u793a\u5185\u5bb9", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

