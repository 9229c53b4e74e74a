# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'org_details.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_OrgDetailsCard(object):
    def setupUi(self, OrgDetailsCard):
        if not OrgDetailsCard.objectName():
            OrgDetailsCard.setObjectName(u"OrgDetailsCard")
        self.cardLayout = QVBoxLayout(OrgDetailsCard)
        self.cardLayout.setObjectName(u"cardLayout")
        self.fieldGrid = QGridLayout()
        self.fieldGrid.setObjectName(u"fieldGrid")
        self.fieldGrid.setHorizontalSpacing(10)
        self.fieldGrid.setVerticalSpacing(6)
        self.creditCodeLabel = QLabel(OrgDetailsCard)
        self.creditCodeLabel.setObjectName(u"creditCodeLabel")

        self.fieldGrid.addWidget(self.creditCodeLabel, 0, 0, 1, 1)

        self.creditCodeEdit = QLineEdit(OrgDetailsCard)
        self.creditCodeEdit.setObjectName(u"creditCodeEdit")

        self.fieldGrid.addWidget(self.creditCodeEdit, 0, 1, 1, 1)

        self.legalRepLabel = QLabel(OrgDetailsCard)
        self.legalRepLabel.setObjectName(u"legalRepLabel")

        self.fieldGrid.addWidget(self.legalRepLabel, 0, 2, 1, 1)

        self.legalRepEdit = QLineEdit(OrgDetailsCard)
        self.legalRepEdit.setObjectName(u"legalRepEdit")

        self.fieldGrid.addWidget(self.legalRepEdit, 0, 3, 1, 1)

        self.foundedLabel = QLabel(OrgDetailsCard)
        self.foundedLabel.setObjectName(u"foundedLabel")

        self.fieldGrid.addWidget(self.foundedLabel, 1, 0, 1, 1)

        self.foundedEdit = QLineEdit(OrgDetailsCard)
        self.foundedEdit.setObjectName(u"foundedEdit")

        self.fieldGrid.addWidget(self.foundedEdit, 1, 1, 1, 1)

        self.employeesLabel = QLabel(OrgDetailsCard)
        self.employeesLabel.setObjectName(u"employeesLabel")

        self.fieldGrid.addWidget(self.employeesLabel, 1, 2, 1, 1)

        self.employeesEdit = QLineEdit(OrgDetailsCard)
        self.employeesEdit.setObjectName(u"employeesEdit")

        self.fieldGrid.addWidget(self.employeesEdit, 1, 3, 1, 1)

        self.revenueLabel = QLabel(OrgDetailsCard)
        self.revenueLabel.setObjectName(u"revenueLabel")

        self.fieldGrid.addWidget(self.revenueLabel, 2, 0, 1, 1)

        self.revenueEdit = QLineEdit(OrgDetailsCard)
        self.revenueEdit.setObjectName(u"revenueEdit")

        self.fieldGrid.addWidget(self.revenueEdit, 2, 1, 1, 1)

        self.addressLabel = QLabel(OrgDetailsCard)
        self.addressLabel.setObjectName(u"addressLabel")

        self.fieldGrid.addWidget(self.addressLabel, 2, 2, 1, 1)

        self.addressEdit = QLineEdit(OrgDetailsCard)
        self.addressEdit.setObjectName(u"addressEdit")

        self.fieldGrid.addWidget(self.addressEdit, 2, 3, 1, 1)

        self.postcodeLabel = QLabel(OrgDetailsCard)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.fieldGrid.addWidget(self.postcodeLabel, 3, 0, 1, 1)

        self.postcodeEdit = QLineEdit(OrgDetailsCard)
        self.postcodeEdit.setObjectName(u"postcodeEdit")

        self.fieldGrid.addWidget(self.postcodeEdit, 3, 1, 1, 1)

        self.productsLabel = QLabel(OrgDetailsCard)
        self.productsLabel.setObjectName(u"productsLabel")

        self.fieldGrid.addWidget(self.productsLabel, 3, 2, 1, 1)

        self.productsEdit = QLineEdit(OrgDetailsCard)
        self.productsEdit.setObjectName(u"productsEdit")

        self.fieldGrid.addWidget(self.productsEdit, 3, 3, 1, 1)

        self.certificationsLabel = QLabel(OrgDetailsCard)
        self.certificationsLabel.setObjectName(u"certificationsLabel")

        self.fieldGrid.addWidget(self.certificationsLabel, 4, 0, 1, 1)

        self.certificationsEdit = QLineEdit(OrgDetailsCard)
        self.certificationsEdit.setObjectName(u"certificationsEdit")

        self.fieldGrid.addWidget(self.certificationsEdit, 4, 1, 1, 1)

        self.contactLabel = QLabel(OrgDetailsCard)
        self.contactLabel.setObjectName(u"contactLabel")

        self.fieldGrid.addWidget(self.contactLabel, 4, 2, 1, 1)

        self.contactEdit = QLineEdit(OrgDetailsCard)
        self.contactEdit.setObjectName(u"contactEdit")

        self.fieldGrid.addWidget(self.contactEdit, 4, 3, 1, 1)

        self.phoneLabel = QLabel(OrgDetailsCard)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fieldGrid.addWidget(self.phoneLabel, 5, 0, 1, 1)

        self.phoneEdit = QLineEdit(OrgDetailsCard)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.fieldGrid.addWidget(self.phoneEdit, 5, 1, 1, 1)

        self.emailLabel = QLabel(OrgDetailsCard)
        self.emailLabel.setObjectName(u"emailLabel")

        self.fieldGrid.addWidget(self.emailLabel, 5, 2, 1, 1)

        self.emailEdit = QLineEdit(OrgDetailsCard)
        self.emailEdit.setObjectName(u"emailEdit")

        self.fieldGrid.addWidget(self.emailEdit, 5, 3, 1, 1)

        self.industryLabel = QLabel(OrgDetailsCard)
        self.industryLabel.setObjectName(u"industryLabel")

        self.fieldGrid.addWidget(self.industryLabel, 6, 0, 1, 1)

        self.industryEdit = QLineEdit(OrgDetailsCard)
        self.industryEdit.setObjectName(u"industryEdit")

        self.fieldGrid.addWidget(self.industryEdit, 6, 1, 1, 1)

        self.ownershipLabel = QLabel(OrgDetailsCard)
        self.ownershipLabel.setObjectName(u"ownershipLabel")

        self.fieldGrid.addWidget(self.ownershipLabel, 6, 2, 1, 1)

        self.ownershipEdit = QLineEdit(OrgDetailsCard)
        self.ownershipEdit.setObjectName(u"ownershipEdit")

        self.fieldGrid.addWidget(self.ownershipEdit, 6, 3, 1, 1)

        self.assetsLabel = QLabel(OrgDetailsCard)
        self.assetsLabel.setObjectName(u"assetsLabel")

        self.fieldGrid.addWidget(self.assetsLabel, 7, 0, 1, 1)

        self.assetsEdit = QLineEdit(OrgDetailsCard)
        self.assetsEdit.setObjectName(u"assetsEdit")

        self.fieldGrid.addWidget(self.assetsEdit, 7, 1, 1, 1)

        self.profitLabel = QLabel(OrgDetailsCard)
        self.profitLabel.setObjectName(u"profitLabel")

        self.fieldGrid.addWidget(self.profitLabel, 7, 2, 1, 1)

        self.profitEdit = QLineEdit(OrgDetailsCard)
        self.profitEdit.setObjectName(u"profitEdit")

        self.fieldGrid.addWidget(self.profitEdit, 7, 3, 1, 1)

        self.taxLabel = QLabel(OrgDetailsCard)
        self.taxLabel.setObjectName(u"taxLabel")

        self.fieldGrid.addWidget(self.taxLabel, 8, 0, 1, 1)

        self.taxEdit = QLineEdit(OrgDetailsCard)
        self.taxEdit.setObjectName(u"taxEdit")

        self.fieldGrid.addWidget(self.taxEdit, 8, 1, 1, 1)

        self.honoursLabel = QLabel(OrgDetailsCard)
        self.honoursLabel.setObjectName(u"honoursLabel")

        self.fieldGrid.addWidget(self.honoursLabel, 8, 2, 1, 1)

        self.honoursEdit = QLineEdit(OrgDetailsCard)
        self.honoursEdit.setObjectName(u"honoursEdit")

        self.fieldGrid.addWidget(self.honoursEdit, 8, 3, 1, 1)


        self.cardLayout.addLayout(self.fieldGrid)

        self.errorLabel = QLabel(OrgDetailsCard)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"warning")

        self.cardLayout.addWidget(self.errorLabel)

#if QT_CONFIG(shortcut)
        self.creditCodeLabel.setBuddy(self.creditCodeEdit)
        self.legalRepLabel.setBuddy(self.legalRepEdit)
        self.foundedLabel.setBuddy(self.foundedEdit)
        self.employeesLabel.setBuddy(self.employeesEdit)
        self.revenueLabel.setBuddy(self.revenueEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.productsLabel.setBuddy(self.productsEdit)
        self.certificationsLabel.setBuddy(self.certificationsEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.industryLabel.setBuddy(self.industryEdit)
        self.ownershipLabel.setBuddy(self.ownershipEdit)
        self.assetsLabel.setBuddy(self.assetsEdit)
        self.profitLabel.setBuddy(self.profitEdit)
        self.taxLabel.setBuddy(self.taxEdit)
        self.honoursLabel.setBuddy(self.honoursEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrgDetailsCard)

        QMetaObject.connectSlotsByName(OrgDetailsCard)
    # setupUi

    def retranslateUi(self, OrgDetailsCard):
        OrgDetailsCard.setTitle(QCoreApplication.translate("OrgDetailsCard", u"\u7533\u62a5\u5355\u4f4d\u4fe1\u606f\uff08\u7528\u4e8e\u5c01\u9762\u3001\u7533\u62a5\u8868\u548c\u627f\u8bfa\u4e66\uff09", None))
        self.creditCodeLabel.setText(QCoreApplication.translate("OrgDetailsCard", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801", None))
        self.creditCodeEdit.setPlaceholderText(QCoreApplication.translate("OrgDetailsCard", u"18 \u4f4d\uff0c\u6309 GB 32100 \u6821\u9a8c", None))
        self.legalRepLabel.setText(QCoreApplication.translate("OrgDetailsCard", u"\u6cd5\u5b9a\u4ee3\u8868\u4eba", None))
        self.foundedLabel.setText(QCoreApplication.translate("OrgDetailsCard", u"\u6210\u7acb\u5e74\u4efd", None))
        self.foundedEdit.setPlaceholderText(QCoreApplication.translate("OrgDetailsCard", u"\u4f8b\u5982 2003", None))
        self.employeesLabel.setText(QCoreApplication.translate("OrgDetailsCard", u"\u5458\u5de5\u4eba\u6570", None))
        self.employeesEdit.setPlaceholderText(QCoreApplication.translate("OrgDetailsCard", u"\u4eba", None))
        self.revenueLabel.setText(QCoreApplication.translate("OrgDetailsCard", u"\u4e0a\u5e74\u8425\u4e1a\u6536\u5165\uff08\u4e07\u5143\uff09", None))
        self.revenueEdit.setPlaceholderText(QCoreApplication.translate("OrgDetailsCard", u"\u4e07\u5143", None))
        self.addressLabel.setText(QCoreApplication.translate("OrgDetailsCard", u"\u5355\u4f4d\u5730\u5740", None))
        self.postcodeLabel.setText(QCoreApplication.translate("OrgDetailsCard", u"\u90ae\u653f\u7f16\u7801", None))
        self.postcodeEdit.setPlaceholderText(QCoreApplication.translate("OrgDetailsCard", u"6 \u4f4d\u6570\u5b57", None))
        self.productsLabel.setText(QCoreApplication.translate("OrgDetailsCard", u"\u4e3b\u8981\u4ea7\u54c1\u548c\u670d\u52a1", None))
        self.certificationsLabel.setText(QCoreApplication.translate("OrgDetailsCard", u"\u7ba1\u7406\u4f53\u7cfb\u8ba4\u8bc1", None))
        self.certificationsEdit.setPlaceholderText(QCoreApplication.translate("OrgDetailsCard", u"\u4f8b\u5982 ISO 9001\u3001ISO 14001", None))
        self.contactLabel.setText(QCoreApplication.translate("OrgDetailsCard", u"\u8054\u7cfb\u4eba", None))
        self.phoneLabel.setText(QCoreApplication.translate("OrgDetailsCard", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.emailLabel.setText(QCoreApplication.translate("OrgDetailsCard", u"\u7535\u5b50\u90ae\u7bb1", None))
        self.industryLabel.setText(QCoreApplication.translate("OrgDetailsCard", u"\u6240\u5c5e\u884c\u4e1a", None))
        self.industryEdit.setPlaceholderText(QCoreApplication.translate("OrgDetailsCard", u"\u4f8b\u5982 \u7535\u6c14\u673a\u68b0\u548c\u5668\u6750\u5236\u9020\u4e1a", None))
        self.ownershipLabel.setText(QCoreApplication.translate("OrgDetailsCard", u"\u5355\u4f4d\u6027\u8d28", None))
        self.ownershipEdit.setPlaceholderText(QCoreApplication.translate("OrgDetailsCard", u"\u56fd\u6709\u3001\u6c11\u8425\u3001\u5916\u8d44\u3001\u6df7\u5408\u6240\u6709\u5236\u2026\u2026", None))
        self.assetsLabel.setText(QCoreApplication.translate("OrgDetailsCard", u"\u8d44\u4ea7\u603b\u989d\uff08\u4e07\u5143\uff09", None))
        self.assetsEdit.setPlaceholderText(QCoreApplication.translate("OrgDetailsCard", u"\u4e07\u5143", None))
        self.profitLabel.setText(QCoreApplication.translate("OrgDetailsCard", u"\u4e0a\u5e74\u5229\u6da6\u603b\u989d\uff08\u4e07\u5143\uff09", None))
        self.profitEdit.setPlaceholderText(QCoreApplication.translate("OrgDetailsCard", u"\u4e07\u5143\uff0c\u4e8f\u635f\u586b\u8d1f\u6570", None))
        self.taxLabel.setText(QCoreApplication.translate("OrgDetailsCard", u"\u4e0a\u5e74\u7eb3\u7a0e\u603b\u989d\uff08\u4e07\u5143\uff09", None))
        self.taxEdit.setPlaceholderText(QCoreApplication.translate("OrgDetailsCard", u"\u4e07\u5143", None))
        self.honoursLabel.setText(QCoreApplication.translate("OrgDetailsCard", u"\u4e3b\u8981\u8363\u8a89", None))
        self.honoursEdit.setPlaceholderText(QCoreApplication.translate("OrgDetailsCard", u"\u8fd1\u4e09\u5e74\u7701\u7ea7\u4ee5\u4e0a\u8363\u8a89", None))
    # retranslateUi

