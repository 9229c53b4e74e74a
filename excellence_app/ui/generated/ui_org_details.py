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
    # retranslateUi

