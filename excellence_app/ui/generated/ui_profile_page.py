# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QProgressBar,
    QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ProfilePage(object):
    def setupUi(self, ProfilePage):
        if not ProfilePage.objectName():
            ProfilePage.setObjectName(u"ProfilePage")
        ProfilePage.resize(800, 640)
        self.pageLayout = QVBoxLayout(ProfilePage)
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(16)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleColumn = QVBoxLayout()
        self.titleColumn.setSpacing(2)
        self.titleColumn.setObjectName(u"titleColumn")
        self.titleLabel = QLabel(ProfilePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.titleColumn.addWidget(self.titleLabel)

        self.introLabel = QLabel(ProfilePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"muted")

        self.titleColumn.addWidget(self.introLabel)


        self.headerLayout.addLayout(self.titleColumn)

        self.totalColumn = QVBoxLayout()
        self.totalColumn.setSpacing(0)
        self.totalColumn.setObjectName(u"totalColumn")
        self.totalFigure = QLabel(ProfilePage)
        self.totalFigure.setObjectName(u"totalFigure")
        self.totalFigure.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.totalFigure.setProperty(u"role", u"figure")

        self.totalColumn.addWidget(self.totalFigure)

        self.totalCaption = QLabel(ProfilePage)
        self.totalCaption.setObjectName(u"totalCaption")
        self.totalCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.totalCaption.setProperty(u"role", u"figureCaption")

        self.totalColumn.addWidget(self.totalCaption)


        self.headerLayout.addLayout(self.totalColumn)

        self.headerLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.headerLayout)

        self.limitBar = QProgressBar(ProfilePage)
        self.limitBar.setObjectName(u"limitBar")
        self.limitBar.setMaximumSize(QSize(16777215, 6))
        self.limitBar.setTextVisible(False)

        self.pageLayout.addWidget(self.limitBar)

        self.sectionScroll = QScrollArea(ProfilePage)
        self.sectionScroll.setObjectName(u"sectionScroll")
        self.sectionScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sectionScroll.setWidgetResizable(True)
        self.sectionContents = QWidget()
        self.sectionContents.setObjectName(u"sectionContents")
        self.sectionContents.setGeometry(QRect(0, 0, 760, 500))
        self.sectionLayout = QVBoxLayout(self.sectionContents)
        self.sectionLayout.setSpacing(12)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.sectionLayout.setContentsMargins(4, 8, 8, 12)
        self.sectionScroll.setWidget(self.sectionContents)

        self.pageLayout.addWidget(self.sectionScroll)


        self.retranslateUi(ProfilePage)

        QMetaObject.connectSlotsByName(ProfilePage)
    # setupUi

    def retranslateUi(self, ProfilePage):
        self.titleLabel.setText(QCoreApplication.translate("ProfilePage", u"\u7ec4\u7ec7\u6982\u8ff0", None))
        self.introLabel.setText(QCoreApplication.translate("ProfilePage", u"\u8bc4\u5ba1\u5458\u5148\u8bfb\u7ec4\u7ec7\u6982\u8ff0\uff0c\u518d\u8bfb\u5404\u8bc4\u5206\u9879\u7684\u56de\u7b54\u3002\u7528\u6570\u636e\u548c\u8868\u683c\u8bf4\u660e\u7ec4\u7ec7\u662f\u8c01\u3001\u9762\u5bf9\u4ec0\u4e48\uff1b\u6bcf\u8282\u4e0b\u7684\u5199\u4f5c\u6307\u5357\u5217\u51fa\u4e86\u8981\u56de\u7b54\u7684\u95ee\u9898\u3002", None))
        pass
    # retranslateUi

