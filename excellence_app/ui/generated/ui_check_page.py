# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'check_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHeaderView, QLabel, QSizePolicy,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_CheckPage(object):
    def setupUi(self, CheckPage):
        if not CheckPage.objectName():
            CheckPage.setObjectName(u"CheckPage")
        CheckPage.resize(900, 640)
        self.pageLayout = QVBoxLayout(CheckPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleColumn = QVBoxLayout()
        self.titleColumn.setSpacing(2)
        self.titleColumn.setObjectName(u"titleColumn")
        self.titleLabel = QLabel(CheckPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.titleColumn.addWidget(self.titleLabel)

        self.introLabel = QLabel(CheckPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"muted")

        self.titleColumn.addWidget(self.introLabel)


        self.pageLayout.addLayout(self.titleColumn)

        self.countLabel = QLabel(CheckPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"warning")

        self.pageLayout.addWidget(self.countLabel)

        self.findingsTree = QTreeWidget(CheckPage)
        self.findingsTree.setObjectName(u"findingsTree")
        self.findingsTree.setRootIsDecorated(True)
        self.findingsTree.setAlternatingRowColors(True)
        self.findingsTree.setWordWrap(True)

        self.pageLayout.addWidget(self.findingsTree)

        self.pageLayout.setStretch(2, 1)

        self.retranslateUi(CheckPage)

        QMetaObject.connectSlotsByName(CheckPage)
    # setupUi

    def retranslateUi(self, CheckPage):
        self.titleLabel.setText(QCoreApplication.translate("CheckPage", u"\u63d0\u4ea4\u524d\u68c0\u67e5", None))
        self.introLabel.setText(QCoreApplication.translate("CheckPage", u"\u4ea4\u7ed9\u8bc4\u5956\u529e\u4e4b\u524d\uff0c\u9010\u9879\u770b\u4e00\u904d\uff1a\u7a7a\u7f3a\u7684\u6761\u6b3e\u3001\u7bc7\u5e45\u3001\u5fc5\u5907\u7684\u8bc1\u5b9e\u6027\u6750\u6599\u3001\u8d8b\u52bf\u6570\u636e\u548c\u665a\u4e8e\u622a\u81f3\u65e5\u671f\u7684\u5185\u5bb9\u3002\u53cc\u51fb\u4e00\u884c\u6253\u5f00\u8981\u4fee\u6539\u7684\u5730\u65b9\u3002", None))
        ___qtreewidgetitem = self.findingsTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CheckPage", u"\u95ee\u9898", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CheckPage", u"\u4f4d\u7f6e", None))
#if QT_CONFIG(accessibility)
        self.findingsTree.setAccessibleName(QCoreApplication.translate("CheckPage", u"\u68c0\u67e5\u7ed3\u679c\u5217\u8868", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

